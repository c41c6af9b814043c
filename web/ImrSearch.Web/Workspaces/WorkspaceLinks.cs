using System.Security.Claims;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Workspaces;

/// <summary>URLs of workspace pages and the signed-in user's id, spelled once.</summary>
public static class WorkspaceLinks
{
    public const string SavedSearches = "/saved-searches";

    /// <summary>Anchor of a saved search in the list of saved searches.</summary>
    public static string SavedSearchAnchor(int id) => "saved-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A collection's page, for the API's Location headers (pages link with <c>asp-page</c>).</summary>
    public static string CollectionPath(HttpContext context, int id) =>
        Links(context).GetPathByPage(context, "/Collections/Detail", values: new { id })
        ?? throw new InvalidOperationException("Routing has no URL for a collection's page.");

    /// <summary>A shared collection's read-only page as an absolute URL, to hand to others.</summary>
    public static string SharedUrl(HttpRequest request, string token) =>
        Links(request.HttpContext).GetUriByPage(request.HttpContext, "/Collections/Shared", values: new { token })
        ?? throw new InvalidOperationException("Routing has no URL for a shared collection's page.");

    public static Func<string, int, string> CaseUrls(HttpRequest request) =>
        (caseId, itemIndex) => CaseLinks.AbsoluteCaseUrl(request, caseId, itemIndex);

    private static LinkGenerator Links(HttpContext context) => context.RequestServices.GetRequiredService<LinkGenerator>();

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
