using System.Globalization;
using ImrSearch.Index;
using ImrSearch.Search;
using Microsoft.Extensions.Primitives;

namespace ImrSearch.Web.Searching;

/// <summary>
/// The state of a search as it lives in the URL: <c>q</c>, one repeatable parameter per facet dimension
/// (<c>treatment=MRI&amp;treatment=CT</c>), the date ranges (<c>decidedFrom</c>, <c>decidedTo</c>, <c>injuredFrom</c>...,
/// ISO dates, either end open), <c>sort</c>, <c>page</c> and <c>size</c>. Shared by the search page, the
/// JSON API and the exports, so every one of them reads and writes the same URLs.
/// </summary>
public sealed record SearchParameters(
    string Query,
    IReadOnlyList<FilterValue> Selections,
    SearchSort Sort,
    int Page,
    int Size,
    IReadOnlyList<string> Errors)
{
    public const int MaxQueryLength = 1000;
    public const int MaxValuesPerDimension = 25;
    public const int MaxValueLength = 200;
    public const int MaxPage = 10_000;

    public bool IsValid => Errors.Count == 0;

    /// <summary>The date ranges (none by default).</summary>
    public DateRanges Dates { get; init; } = DateRanges.None;

    public bool HasFilters => Selections.Count > 0 || !Dates.IsEmpty;

    public bool IsEmpty => Query.Length == 0 && !HasFilters;

    public static SearchParameters Empty { get; } = new("", [], SearchSort.Relevance, 1, SearchRequest.DefaultPageSize, []);

    public static SearchParameters From(IQueryCollection query)
    {
        var errors = new List<string>();

        var q = query["q"].ToString();
        if (q.Length > MaxQueryLength)
        {
            errors.Add($"The query is {q.Length:N0} characters long; the limit is {MaxQueryLength:N0}. Shorten it and search again.");
            q = "";
        }

        var selections = new List<FilterValue>();
        foreach (var dimension in IndexSchema.FacetDimensions)
        {
            var values = Distinct(query[dimension.Name]);
            if (values.Count > MaxValuesPerDimension)
            {
                errors.Add($"{dimension.Label}: at most {MaxValuesPerDimension} values can be selected at once; {values.Count} were given.");
                continue;
            }
            foreach (var value in values)
            {
                if (value.Length > MaxValueLength)
                {
                    errors.Add($"{dimension.Label}: a filter value is longer than {MaxValueLength} characters.");
                    continue;
                }
                selections.Add(new FilterValue(dimension, value));
            }
        }

        var sort = SearchSort.Relevance;
        var sortText = query["sort"].ToString();
        if (sortText.Length > 0 && !TryParseSort(sortText, out sort))
        {
            errors.Add("Sort must be one of: relevance, newest, case.");
        }

        var page = ParseWholeNumber(query["page"], "Page", 1, 1, MaxPage, errors);
        var size = ParseWholeNumber(query["size"], "Size", SearchRequest.DefaultPageSize, SearchRequest.MinPageSize, SearchRequest.MaxPageSize, errors);
        return new SearchParameters(q.Trim(), selections, sort, page, size, errors) { Dates = ParseDates(query, errors) };
    }

    /// <summary>The date ranges of a URL; a date that cannot be read is an error and its end left open.</summary>
    private static DateRanges ParseDates(IQueryCollection query, List<string> errors)
    {
        var dates = DateRanges.None;
        foreach (var kind in DateRanges.Kinds)
        {
            DateOnly? End(bool from)
            {
                var name = DateRanges.Parameter(kind, from);
                var values = query[name];
                if (values.Count > 1)
                {
                    errors.Add($"{name} can be given once.");
                    return null;
                }

                try
                {
                    return DateRanges.ParseDate(name, values.ToString());
                }
                catch (SearchRequestException e)
                {
                    errors.Add(e.Message);
                    return null;
                }
            }

            dates = dates.With(kind, new DateRange(End(from: true), End(from: false)));
        }

        try
        {
            dates.Validate();
        }
        catch (SearchRequestException e)
        {
            errors.Add(e.Message);
            return DateRanges.None;
        }

        return dates;
    }

    public SearchRequest ToRequest(int facetTopN = 10) => new(
        Query.Length == 0 ? null : Query,
        Selections.GroupBy(s => s.Dimension.Name).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(s => s.Value).ToList()),
        Sort,
        Page,
        Size,
        facetTopN)
    {
        Dates = Dates,
    };

    public bool IsSelected(string dimension, string value) =>
        Selections.Any(s => s.Dimension.Name == dimension && string.Equals(s.Value, value, StringComparison.OrdinalIgnoreCase));

    public SearchParameters WithPage(int page) => this with { Page = page };

    public SearchParameters WithoutQuery() => this with { Query = "", Page = 1 };

    public SearchParameters Without(FilterValue selection) =>
        this with { Selections = Selections.Where(s => s != selection).ToList(), Page = 1 };

    public SearchParameters WithoutDimension(string dimension) =>
        this with { Selections = Selections.Where(s => s.Dimension.Name != dimension).ToList(), Page = 1 };

    public SearchParameters WithoutFilters() => this with { Selections = [], Dates = DateRanges.None, Page = 1 };

    public SearchParameters WithoutDates(DateKind kind) => this with { Dates = Dates.With(kind, DateRange.Open), Page = 1 };

    /// <summary>The value of a date input: the end's ISO date, or empty.</summary>
    public string DateValue(DateKind kind, bool from) =>
        (from ? Dates[kind].From : Dates[kind].To)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A range as a chip reads: "2016-01-01 to 2017-12-31", "from 2016-01-01", "until 2017-12-31".</summary>
    public string DescribeRange(DateKind kind) => (DateValue(kind, true), DateValue(kind, false)) switch
    {
        ("", var to) => "until " + to,
        (var from, "") => "from " + from,
        var (from, to) => from + " to " + to,
    };

    /// <summary>The query string (with leading '?', or empty) that reproduces this search; defaults are left out.</summary>
    public string ToQueryString()
    {
        var pairs = ToQueryPairs();
        return pairs.Count == 0 ? "" : QueryString.Create(pairs).Value!;
    }

    /// <summary>The URL parameters that reproduce this search, in order, defaults left out (a dimension's values repeat its name).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> ToQueryPairs()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Query.Length > 0)
        {
            pairs.Add(new("q", Query));
        }
        pairs.AddRange(Selections.Select(s => new KeyValuePair<string, string?>(s.Dimension.Name, s.Value)));
        foreach (var (kind, _) in Dates.Active)
        {
            foreach (var from in new[] { true, false })
            {
                if (DateValue(kind, from) is { Length: > 0 } date)
                {
                    pairs.Add(new(DateRanges.Parameter(kind, from), date));
                }
            }
        }

        if (Sort != SearchSort.Relevance)
        {
            pairs.Add(new("sort", SortName(Sort)));
        }
        if (Page != 1)
        {
            pairs.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        }
        if (Size != SearchRequest.DefaultPageSize)
        {
            pairs.Add(new("size", Size.ToString(CultureInfo.InvariantCulture)));
        }
        return pairs;
    }

    /// <summary>
    /// The route values that reproduce this search (what <see cref="ToQueryString"/> writes), for links made by
    /// routing: a dimension with several values is an array, which routing writes as the repeated parameter.
    /// </summary>
    public RouteValueDictionary ToRouteValues()
    {
        var values = new RouteValueDictionary();
        if (Query.Length > 0)
        {
            values["q"] = Query;
        }

        foreach (var dimension in Selections.GroupBy(s => s.Dimension.Name))
        {
            values[dimension.Key] = dimension.Select(s => s.Value).ToArray();
        }

        foreach (var (kind, _) in Dates.Active)
        {
            foreach (var from in new[] { true, false })
            {
                if (DateValue(kind, from) is { Length: > 0 } date)
                {
                    values[DateRanges.Parameter(kind, from)] = date;
                }
            }
        }

        if (Sort != SearchSort.Relevance)
        {
            values["sort"] = SortName(Sort);
        }

        if (Page != 1)
        {
            values["page"] = Page.ToString(CultureInfo.InvariantCulture);
        }

        if (Size != SearchRequest.DefaultPageSize)
        {
            values["size"] = Size.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    public static string SortName(SearchSort sort) => sort switch
    {
        SearchSort.Newest => "newest",
        SearchSort.Case => "case",
        _ => "relevance",
    };

    private static bool TryParseSort(string text, out SearchSort sort)
    {
        foreach (var candidate in Enum.GetValues<SearchSort>())
        {
            if (string.Equals(SortName(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                sort = candidate;
                return true;
            }
        }
        sort = SearchSort.Relevance;
        return false;
    }

    private static int ParseWholeNumber(StringValues raw, string name, int fallback, int min, int max, List<string> errors)
    {
        var text = raw.ToString().Trim();
        if (text.Length == 0)
        {
            return fallback;
        }
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add($"{name} must be a whole number from {min} to {max:N0}.");
            return fallback;
        }
        return (int)value;
    }

    private static List<string> Distinct(StringValues values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}

/// <summary>One selected facet value.</summary>
public sealed record FilterValue(FacetDimension Dimension, string Value);
