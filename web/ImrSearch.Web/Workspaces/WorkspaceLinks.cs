using System.Security.Claims;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Workspaces;

/// <summary>URLs of workspace pages and the signed-in user's id, spelled once.</summary>
public static class WorkspaceLinks
{
    public const string SavedSearches = "/saved-searches";

    /// <summary>Anchor of a saved search in the list of saved searches.</summary>
    public static string SavedSearchAnchor(int id) => "saved-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Collection(int id) => "/collections/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string SharedUrl(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{request.PathBase}/shared/{token}";

    public static Func<string, int, string> CaseUrls(HttpRequest request) =>
        (caseId, itemIndex) => CaseLinks.AbsoluteCaseUrl(request, caseId, itemIndex);

    /// <summary>The account id of a signed-in request (cookie or API token); null when signed out.</summary>
    public static string? UserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>A file name made of the title's letters and digits.</summary>
    public static string FileName(string title, string extension)
    {
        var safe = new string([.. title.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]).Trim('-');
        while (safe.Contains("--", StringComparison.Ordinal))
        {
            safe = safe.Replace("--", "-", StringComparison.Ordinal);
        }
        return (safe.Length == 0 ? "collection" : safe.Length > 60 ? safe[..60] : safe) + extension;
    }
}
