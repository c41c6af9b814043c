using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.WebUtilities;

namespace ImrSearch.Web.Training;

/// <summary>
/// The search a trainer makes a set from, as pasted: the search page's address or its query string ("?q=MRI&amp;
/// treatment=MRI"), or plain query words. Read by the same <see cref="SearchParameters"/> as the search page.
/// </summary>
public static class ExerciseSearch
{
    public const int MaxLength = 4_000;

    /// <exception cref="Workspaces.WorkspaceInputException">Empty, too long, or parameters the search page would refuse.</exception>
    public static SearchParameters Parse(string? pasted)
    {
        var text = (pasted ?? "").Trim();
        if (text.Length == 0)
        {
            throw new Workspaces.WorkspaceInputException("Paste a search: its address from the search page, or query words.");
        }
        if (text.Length > MaxLength)
        {
            throw new Workspaces.WorkspaceInputException($"The search is at most {MaxLength:N0} characters; this one has {text.Length:N0}.");
        }
        var question = text.IndexOf('?', StringComparison.Ordinal);
        var looksLikeAddress = question >= 0 && (question == 0 || text.StartsWith('/') || text.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        var query = looksLikeAddress
            ? new QueryCollection(QueryHelpers.ParseQuery(text[question..].Split('#')[0]))
            : new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["q"] = text });
        var parameters = SearchParameters.From(query);
        return parameters.IsValid
            ? parameters with { Page = 1 }
            : throw new Workspaces.WorkspaceInputException(string.Join(" ", parameters.Errors));
    }

    /// <summary>The search in a few words: its query and filters.</summary>
    public static string Describe(SearchParameters parameters)
    {
        var parts = new List<string>();
        if (parameters.Query.Length > 0)
        {
            parts.Add("\u201c" + parameters.Query + "\u201d");
        }
        parts.AddRange(parameters.Selections.Select(s => $"{s.Dimension.Label}: {s.Value}"));
        return parts.Count == 0 ? "all decided items" : string.Join(", ", parts);
    }
}
