using ImrSearch.Web.Exports;
using ImrSearch.Web.Markdown;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

/// <summary>The research brief as a printable page: the same Markdown as the download, rendered.</summary>
public sealed class BriefModel(ISearchCore search, TimeProvider clock) : PageModel
{
    public SearchParameters Parameters { get; private set; } = SearchParameters.Empty;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string BodyHtml { get; private set; } = "";

    public void OnGet()
    {
        Parameters = SearchParameters.From(Request.Query);
        Errors = Parameters.Errors;
        if (Errors.Count == 0)
        {
            try
            {
                var response = search.Search(ResearchBrief.Request(Parameters));
                var markdown = ResearchBrief.Build(Parameters, response, (id, item) => CaseLinks.AbsoluteCaseUrl(Request, id, item), clock.GetUtcNow());
                BodyHtml = MarkdownRendering.ToHtml(markdown);
            }
            catch (SearchRefusedException refused)
            {
                Errors = [refused.Message];
            }
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
