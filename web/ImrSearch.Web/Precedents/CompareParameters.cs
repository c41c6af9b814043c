using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Precedents;

/// <summary>
/// The URL of a side by side, shared by <c>/compare</c> and <c>/api/compare</c>: <c>a=CASE/ITEM&amp;b=CASE/ITEM</c> for two
/// decided items (items count from 0, as <c>itemIndex</c> in search hits), or a search (<c>q</c>, filters, dates) for
/// its upheld and overturned items. With <c>a</c> alone the page offers items to compare it with.
/// </summary>
public sealed record CompareParameters(
    DecidedItemKey? First,
    DecidedItemKey? Second,
    bool IsPair,
    SearchParameters Search,
    IReadOnlyList<string> Errors)
{
    public const string FirstName = "a";
    public const string SecondName = "b";

    public bool IsValid => Errors.Count == 0;

    /// <summary>The raw <c>a</c> and <c>b</c>, for the form to show back (capped at a key's length).</summary>
    public string FirstText { get; init; } = "";

    public string SecondText { get; init; } = "";

    public static CompareParameters From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new List<string>();
        var firstText = query[FirstName].ToString();
        var secondText = query[SecondName].ToString();
        var isPair = firstText.Length > 0 || secondText.Length > 0;
        var first = Key(FirstName, firstText, errors);
        var second = Key(SecondName, secondText, errors);
        if (isPair && first is null && errors.Count == 0)
        {
            errors.Add($"Give the first item as {FirstName}=CASE/ITEM (items count from 0), as well as {SecondName}.");
        }

        var search = isPair ? SearchParameters.Empty : SearchParameters.From(query);
        errors.AddRange(search.Errors);
        return new CompareParameters(first, second, isPair, search, errors)
        {
            FirstText = Shown(firstText),
            SecondText = Shown(secondText),
        };
    }

    /// <summary>The route values of two items compared (for <c>asp-page="/Compare"</c>, <c>Url.Page</c> or <c>LinkGenerator</c>).</summary>
    public static RouteValueDictionary ForItems(DecidedItemKey first, DecidedItemKey? second = null)
    {
        var values = new RouteValueDictionary { [FirstName] = first.ToString() };
        if (second is { } other)
        {
            values[SecondName] = other.ToString();
        }

        return values;
    }

    /// <summary>The route values of a search's upheld and overturned items: its query, filters and dates (page and sort do not matter).</summary>
    public static RouteValueDictionary ForSearch(SearchParameters search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var values = new RouteValueDictionary();
        var plain = search with { Page = 1, Sort = SearchSort.Relevance, Size = SearchRequest.DefaultPageSize };
        foreach (var group in plain.ToQueryPairs().GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            // A repeated parameter (two treatments) is an array: the link generator writes it once per value.
            var all = group.Select(p => p.Value ?? "").ToArray();
            values[group.Key] = all.Length == 1 ? all[0] : all;
        }

        return values;
    }

    private static DecidedItemKey? Key(string name, string text, List<string> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (DecidedItemKey.TryParse(text, out var key))
        {
            return key;
        }

        errors.Add($"{name} must be a decided item written CASE/ITEM, such as CM13-0012345/0 (items count from 0); '{Shown(text)}' is not.");
        return null;
    }

    private static string Shown(string text) => text.Length > DecidedItemKey.MaxLength ? text[..DecidedItemKey.MaxLength] + "…" : text;
}
