using ImrSearch.Index;
using ImrSearch.Search;
using ImrSearch.Web.Searching;
using ImrSearch.Web.Training;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Training;

/// <summary>
/// "Give me five cases of MRI I have not seen": a practice set of one treatment, drawn at random among the items of no
/// set the trainee is in, evenly between outcomes unless they ask for them as decided.
/// </summary>
[Authorize]
public sealed class PracticeModel(TrainingStore store, ISearchCore search) : PageModel
{
    public const int DefaultCount = 5;
    public const int MaxCount = 20;

    public IReadOnlyList<FacetValue> Treatments { get; private set; } = [];

    public List<string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Treatment { get; set; }

    [BindProperty]
    public int Count { get; set; } = DefaultCount;

    [BindProperty]
    public DrawMode Mode { get; set; } = DrawMode.Even;

    public void OnGet() => LoadTreatments();

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            if (!ModelState.IsValid || Count is < 1 or > MaxCount || Mode is not (DrawMode.Even or DrawMode.AsDecided))
            {
                throw new WorkspaceInputException($"Choose 1 to {MaxCount} cases, drawn evenly or as decided.");
            }
            var (set, note) = await store.CreatePracticeAsync(WorkspaceLinks.UserId(User)!, Treatment, Count, Mode, HttpContext.RequestAborted);
            Notice = note;
            return RedirectToPage("/Training/Exercise", new { id = set.Id, n = 1 });
        }
        catch (WorkspaceInputException refused)
        {
            Errors.Add(refused.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            LoadTreatments();
            return Page();
        }
    }

    private void LoadTreatments()
    {
        var response = search.Search(SearchParameters.Empty.ToRequest(facetTopN: SearchRequest.MaxFacetTopN));
        Treatments = response.Facets.TryGetValue(IndexSchema.Treatment.Name, out var facet)
            ? [.. facet.Values.OrderBy(v => v.Value, StringComparer.OrdinalIgnoreCase)]
            : [];
    }
}
