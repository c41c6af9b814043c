using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace ImrSearch.Web.Searching;

/// <summary>Links to the search page, made by routing from a search's route values like the site's other links.</summary>
public static class SearchLinks
{
    /// <summary>
    /// The search page showing <paramref name="search"/>. Routing writes every parameter but the page number:
    /// <c>page</c> is the route value by which Razor Pages names the page linked to, so <c>Url.Page</c> overwrites it
    /// with "/Index". A page past the first is added after the routed query as its own parameter.
    /// </summary>
    public static string SearchPage(this IUrlHelper url, SearchParameters search)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(search);
        var first = url.Page("/Index", (search with { Page = 1 }).ToRouteValues())
            ?? throw new InvalidOperationException("Routing has no URL for the search page.");
        return search.Page == 1 ? first : QueryHelpers.AddQueryString(first, "page", search.Page.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The search page showing <paramref name="search"/>, for code outside a page (the JSON API); as <see cref="SearchPage"/>.</summary>
    public static string SearchPath(this LinkGenerator links, HttpContext context, SearchParameters search)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(search);
        var first = links.GetPathByPage(context, "/Index", values: (search with { Page = 1 }).ToRouteValues())
            ?? throw new InvalidOperationException("Routing has no URL for the search page.");
        return search.Page == 1 ? first : QueryHelpers.AddQueryString(first, "page", search.Page.ToString(CultureInfo.InvariantCulture));
    }
}
