using ImrSearch.Domain;
using ImrSearch.Web.Cases;
using ImrSearch.Web.Markdown;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

/// <summary>One whole determination, rendered from Markdown; the query's words are marked when it comes from a search.</summary>
public sealed class CaseModel(IPrecedentSearch search) : PageModel
{
    public string RequestedId { get; private set; } = "";

    public Determination? Determination { get; private set; }

    public string? Query { get; private set; }

    public string BodyHtml { get; private set; } = "";

    public IActionResult OnGet(string id)
    {
        RequestedId = id;
        var q = Request.Query["q"].ToString().Trim();
        Query = q.Length is > 0 and <= SearchParameters.MaxQueryLength ? q : null;

        Determination = CaseIdRules.IsPlausible(id) ? search.FindCase(id) : null;
        if (Determination is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        BodyHtml = MarkdownRendering.ToHtml(CaseMarkdown.Build(search.ViewCase(Determination, Query)));
        return Page();
    }

    public string BackToSearch => "/" + (Query is null ? "" : QueryString.Create("q", Query).Value);
}
