using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Collections;

/// <summary>A collection read through its share link, by anyone, signed in or not; read-only. A revoked link is a 404.</summary>
public sealed class SharedModel(CollectionStore store, IndexedItems index) : PageModel
{
    public string Token { get; private set; } = "";

    public Collection? Collection { get; private set; }

    public IReadOnlyList<CollectionEntry> Entries { get; private set; } = [];

    public string DescriptionHtml => Collection is { Description.Length: > 0 } c ? UserMarkdown.ToHtml(c.Description) : "";

    public async Task OnGetAsync(string token)
    {
        Token = token;
        // Shared pages must not leak their token to other sites through the Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Collection = await store.GetSharedAsync(token, HttpContext.RequestAborted);
        if (Collection is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Entries = CollectionEntry.Resolve(Collection, index);
    }
}
