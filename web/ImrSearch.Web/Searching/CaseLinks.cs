using System.Globalization;

namespace ImrSearch.Web.Searching;

/// <summary>
/// Case pages and their per-item anchors. Pages link to a case with <c>asp-page="/Case"</c>; code outside a page
/// (exports, the feed, the JSON API) gets the URL here, from routing.
/// </summary>
public static class CaseLinks
{
    private const string CasePage = "/Case";

    /// <summary>Anchor of a decided item on its case page; items are numbered from 1 as people count them.</summary>
    public static string ItemAnchor(int itemIndex) => "item-" + (itemIndex + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The case page's path with the item's anchor, for the JSON API.</summary>
    public static string CasePath(HttpContext context, string caseId, int? itemIndex = null) =>
        Links(context).GetPathByPage(context, CasePage, values: new { id = caseId }, fragment: Fragment(itemIndex))
        ?? throw NoRoute();

    /// <summary>The case page as an absolute URL, for exports read outside the site.</summary>
    public static string AbsoluteCaseUrl(HttpRequest request, string caseId, int? itemIndex = null) =>
        Links(request.HttpContext).GetUriByPage(request.HttpContext, CasePage, values: new { id = caseId }, fragment: Fragment(itemIndex))
        ?? throw NoRoute();

    private static LinkGenerator Links(HttpContext context) => context.RequestServices.GetRequiredService<LinkGenerator>();

    private static FragmentString Fragment(int? itemIndex) => itemIndex is int index ? new FragmentString("#" + ItemAnchor(index)) : default;

    private static InvalidOperationException NoRoute() => new("Routing has no URL for the case page.");
}
