using System.Globalization;

namespace ImrSearch.Web.Searching;

/// <summary>URLs of case pages and their per-item anchors, spelled once.</summary>
public static class CaseLinks
{
    /// <summary>Anchor of a decided item on its case page; items are numbered from 1 as people count them.</summary>
    public static string ItemAnchor(int itemIndex) => "item-" + (itemIndex + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>"/case/{id}", with the query when arriving from a search (so the case is highlighted) and the item anchor.</summary>
    public static string CasePath(string caseId, string? query = null, int? itemIndex = null)
    {
        var path = "/case/" + Uri.EscapeDataString(caseId);
        if (!string.IsNullOrWhiteSpace(query))
        {
            path += QueryString.Create("q", query).Value;
        }
        return itemIndex is int index ? path + "#" + ItemAnchor(index) : path;
    }

    /// <summary>The case page as an absolute URL, for exports read outside the site.</summary>
    public static string AbsoluteCaseUrl(HttpRequest request, string caseId, int? itemIndex = null) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{CasePath(caseId, null, itemIndex)}";
}
