using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

/// <summary>
/// The guideline citations reviewers relied on (source, document, topic, pages, the edition the line names), how often, and how the items citing
/// each were decided; for a search's items when the URL carries one, else for the whole corpus.
/// </summary>
public sealed class GuidelinesModel(PrecedentExplorer explorer) : PageModel
{
    public const int MaxRows = 500;

    public SearchParameters Parameters { get; private set; } = SearchParameters.Empty;

    public IReadOnlyList<CitationUsage> Citations { get; private set; } = [];

    public int TotalCitations { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The items of the search by guideline edition applied, with their outcome split.</summary>
    public OutcomeTable? Editions { get; private set; }

    public IActionResult OnGet()
    {
        Parameters = SearchParameters.From(Request.Query);
        if (!Parameters.IsValid)
        {
            return Refuse(Parameters.Errors);
        }

        try
        {
            var all = explorer.Citations(Parameters.ToRequest());
            TotalCitations = all.Count;
            Citations = [.. all.Take(MaxRows)];
            Editions = explorer.Outcomes(Parameters.ToRequest(), Index.IndexSchema.GuidelineEdition.Name, order: OutcomeOrder.Value);
        }
        catch (SearchRequestException refused)
        {
            return Refuse([refused.Message]);
        }

        return Page();
    }

    private PageResult Refuse(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
