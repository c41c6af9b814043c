using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Web.Precedents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

/// <summary>
/// Side by side: two decided items (<c>?a=CASE/ITEM&amp;b=CASE/ITEM</c>), or the upheld and the overturned items of a
/// search (<c>?q=...</c> and its filters); with <c>a</c> alone, the items most like it to compare it with.
/// </summary>
public sealed class CompareModel(PrecedentExplorer explorer) : PageModel
{
    /// <summary>Items offered to compare with when only the first is given.</summary>
    public const int Suggested = 5;

    public CompareParameters Parameters { get; private set; } = null!;

    public SideBySide? Sides { get; private set; }

    /// <summary>With <c>a</c> alone: the items most like it, offered as the second side.</summary>
    public SimilarDecisions? Suggestions { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IActionResult OnGet()
    {
        Parameters = CompareParameters.From(Request.Query);
        if (!Parameters.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, Parameters.Errors);
        }

        try
        {
            if (!Parameters.IsPair)
            {
                Sides = explorer.CompareOutcomes(Parameters.Search.ToRequest());
            }
            else if (Parameters.Second is { } second)
            {
                Sides = explorer.Compare(Parameters.First!.Value, second);
            }
            else
            {
                var first = Parameters.First!.Value;
                Suggestions = explorer.Similar(first.CaseId, first.ItemIndex, count: Suggested)
                    ?? throw new DecidedItemNotFoundException(first);
            }
        }
        catch (DecidedItemNotFoundException missing)
        {
            return Refuse(StatusCodes.Status404NotFound, [missing.Message]);
        }
        catch (SearchRequestException refused)
        {
            return Refuse(StatusCodes.Status400BadRequest, [refused.Message]);
        }

        return Page();
    }

    private PageResult Refuse(int status, IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = status;
        return Page();
    }
}
