using ImrSearch.Domain;
using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Web.Cases;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

/// <summary>One whole determination; the query's words are marked when it comes from a search.</summary>
public sealed class CaseModel(ISearchCore search, PrecedentExplorer explorer) : PageModel
{
    /// <summary>Similar prior decisions shown per item.</summary>
    public const int Neighbours = 5;

    public string RequestedId { get; private set; } = "";

    public Determination? Determination { get; private set; }

    public string? Query { get; private set; }

    /// <summary>The determination's texts as shown, with the query's matches marked.</summary>
    public CaseView? View { get; private set; }

    /// <summary>Whether neighbours are kept to the item's own treatment category (<c>?same=1</c>).</summary>
    public bool SameTreatment { get; private set; }

    /// <summary>Per decided item, its most similar items from other letters.</summary>
    public IReadOnlyList<(DecidedItem Item, SimilarDecisions Similar)> Similar { get; private set; } = [];

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
        View = search.ViewCase(Determination, Query);
        SameTreatment = Request.Query["same"].ToString() is "1" or "true";
        Similar = SimilarWithinOneBudget(Determination);
        return Page();
    }

    /// <summary>Items whose similar decisions were not found within the page's time budget (the letter is still shown).</summary>
    public IReadOnlyList<DecidedItem> SimilarNotFound { get; private set; } = [];

    /// <summary>
    /// Each item's similar decisions, all within one time budget: once it is spent, the remaining items are listed in
    /// <see cref="SimilarNotFound"/> instead, each with a link to find its own, so the letter itself always answers.
    /// </summary>
    private List<(DecidedItem Item, SimilarDecisions Similar)> SimilarWithinOneBudget(Determination determination)
    {
        var found = new List<(DecidedItem Item, SimilarDecisions Similar)>();
        using var budget = explorer.SharedBudget();
        foreach (var item in determination.Decisions)
        {
            try
            {
                found.Add((item, explorer.Similar(determination.CaseId, item.Index, SameTreatment, Neighbours) ?? new SimilarDecisions([])));
            }
            catch (SearchTimeoutException)
            {
                SimilarNotFound = [.. determination.Decisions.Skip(found.Count)];
                break;
            }
        }

        return found;
    }

    /// <summary>The <c>same</c> parameter of the link that switches similar decisions to the other kind of neighbour.</summary>
    public string OtherSameTreatment => SameTreatment ? "0" : "1";
}
