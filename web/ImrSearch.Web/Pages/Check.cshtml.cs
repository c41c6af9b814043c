using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Web.Precedents;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

/// <summary>
/// The consistency check: a reviewer pastes a draft rationale or a request description and sees how the most similar
/// prior items were decided. The draft is only held for the length of the request: never stored, never logged.
/// </summary>
[RequestSizeLimit(CheckLimits.MaxBodyBytes)]
public sealed class CheckModel(PrecedentExplorer explorer, ISearchCore search) : PageModel
{
    [BindProperty]
    public string Draft { get; set; } = "";

    [BindProperty]
    public string? Treatment { get; set; }

    [BindProperty]
    public string? Guideline { get; set; }

    /// <summary>True when the user sends the reading below (corrected) instead of having the draft read again.</summary>
    [BindProperty]
    public bool Corrected { get; set; }

    [BindProperty]
    public string? ReadTreatment { get; set; }

    [BindProperty]
    public string? ReadNamed { get; set; }

    [BindProperty]
    public string? ReadBodyRegion { get; set; }

    [BindProperty]
    public string? ReadGuideline { get; set; }

    [BindProperty]
    public decimal? ReadQuantity { get; set; }

    public RequestReader Reader => RequestReader.Default;

    public ConsistencyCheckResult? Result { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string> Treatments { get; private set; } = [];

    public IReadOnlyList<string> Guidelines { get; private set; } = [];

    public void OnGet() => LoadChoices();

    public IActionResult OnPost()
    {
        LoadChoices();
        try
        {
            var reading = Corrected
                ? Reader.Corrected(ReadTreatment, ReadNamed, ReadBodyRegion, Blank(ReadGuideline) is string g ? [g] : [], ReadQuantity)
                : null;
            Result = explorer.Check(new ConsistencyCheckRequest(Draft ?? "", Blank(Treatment), Blank(Guideline), CheckLimits.Neighbours, reading));
            ShowReading(Result.Recognised);
        }
        catch (SearchRequestException refused)
        {
            Error = refused.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>The search for the items whose letters cite a guideline document.</summary>
    public static SearchParameters GuidelineSearch(string document) =>
        SearchParameters.Empty with { Selections = [new FilterValue(Index.IndexSchema.Guideline, document)] };

    /// <summary>The form shows the reading the ranking used, not what was posted (the tag helpers prefer posted values).</summary>
    private void ShowReading(RequestReading reading)
    {
        foreach (var key in new[] { nameof(ReadTreatment), nameof(ReadNamed), nameof(ReadBodyRegion), nameof(ReadGuideline), nameof(ReadQuantity) })
        {
            ModelState.Remove(key);
        }

        ReadTreatment = reading.Treatment;
        ReadNamed = string.Join(' ', reading.Named);
        ReadBodyRegion = reading.BodyRegion;
        ReadGuideline = reading.Guidelines.FirstOrDefault();
        ReadQuantity = reading.Quantity;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void LoadChoices()
    {
        var all = search.Search(SearchRequest.For(null) with { FacetTopN = 200 });
        Treatments = Values(all, Index.IndexSchema.Treatment.Name);
        Guidelines = Values(all, Index.IndexSchema.Guideline.Name);
    }

    private static List<string> Values(SearchResponse response, string dimension) =>
        response.Facets.TryGetValue(dimension, out var facet)
            ? [.. facet.Values.Select(v => v.Value).Order(StringComparer.OrdinalIgnoreCase)]
            : [];
}
