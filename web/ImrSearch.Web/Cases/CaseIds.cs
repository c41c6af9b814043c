namespace ImrSearch.Web.Cases;

/// <summary>What a case id in a URL may look like before it is looked up at all.</summary>
public static class CaseIds
{
    public const int MaxLength = 128;

    /// <summary>
    /// Case numbers ("CM13-0012345") and file-derived ids ("000_f245a003faefca76") use letters, digits, '-', '_' and
    /// '.'; anything else (slashes, dot-dot, control characters, markup) cannot name a case and is refused up front.
    /// </summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= MaxLength }
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && !id.Contains("..", StringComparison.Ordinal)
        && char.IsAsciiLetterOrDigit(id[0]);
}
