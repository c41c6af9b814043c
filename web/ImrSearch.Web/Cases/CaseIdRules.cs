namespace ImrSearch.Web.Cases;

/// <summary>What a case id in a URL may look like before it is looked up at all.</summary>
public static class CaseIdRules
{
    public const int MaxLength = 200;

    /// <summary>
    /// Case ids are case numbers ("CM13-0012345") or a letter's file base name ("000_f245a003faefca76"), so they never
    /// hold a path separator or a control character and are never "." or "..": such ids are refused before lookup.
    /// </summary>
    public static bool IsPlausible(string? id) =>
        id is { Length: > 0 and <= MaxLength }
        && id is not ("." or "..")
        && !id.Any(c => char.IsControl(c) || c is '/' or '\\');
}
