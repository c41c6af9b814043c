using ImrSearch.Domain;
using ImrSearch.Precedents;
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
        Similar = [.. Determination.Decisions.Select(item =>
            (item, explorer.Similar(Determination.CaseId, item.Index, SameTreatment, Neighbours) ?? new SimilarDecisions([])))];
        return Page();
    }

    /// <summary>This case page with neighbours of any treatment, or of the same treatment only.</summary>
    public string SimilarToggleUrl => CaseLinks.CasePath(Determination!.CaseId, Query) is var path
        ? path + (path.Contains('?') ? "&" : "?") + (SameTreatment ? "same=0" : "same=1") + "#similar"
        : "";

    public string BackToSearch => "/" + (Query is null ? "" : QueryString.Create("q", Query).Value);
}
