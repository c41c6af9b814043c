using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Web.Precedents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

/// <summary>
/// Outcome analytics: the decided items of a search grouped by a dimension (and a second for a cross-tab), with
/// upheld / overturned counts and overturn rates with 95% Wilson intervals, as a table, a chart and a CSV.
/// </summary>
public sealed class OutcomesModel(PrecedentExplorer explorer) : PageModel
{
    public OutcomeParameters Parameters { get; private set; } = null!;

    public OutcomeTable? Table { get; private set; }

    public OutcomeChart? Chart { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IActionResult OnGet()
    {
        Analyse();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        Analyse();
        if (Table is null)
        {
            return Page();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"imr-outcomes-by-{Table.GroupBy.Name}.csv\"";
        await OutcomeCsv.WriteAsync(Response.Body, Table, Table.Groups, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    private void Analyse()
    {
        Parameters = OutcomeParameters.From(Request.Query);
        if (!Parameters.IsValid)
        {
            Refuse([.. Parameters.AllErrors]);
            return;
        }

        try
        {
            Table = explorer.Outcomes(Parameters.Search.ToRequest(), Parameters.GroupBy.Name, Parameters.ThenBy?.Name, Parameters.Order);
            Chart = OutcomeChart.Of(Table, Table.Groups);
        }
        catch (SearchRequestException refused)
        {
            Refuse([refused.Message]);
        }
    }

    private void Refuse(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
