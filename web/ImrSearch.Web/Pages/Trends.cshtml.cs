using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Web.Precedents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

/// <summary>
/// Outcomes over time: the decided items of a search by period of their decision date, as a server-rendered chart
/// (decisions and overturn rate with its 95% Wilson interval), a table and a CSV.
/// </summary>
public sealed class TrendsModel(PrecedentExplorer explorer) : PageModel
{
    public TrendParameters Parameters { get; private set; } = null!;

    public OutcomeTrend? Trend { get; private set; }

    public TrendChart? Chart { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IActionResult OnGet()
    {
        Analyse();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        Analyse();
        if (Trend is null)
        {
            return Page();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"imr-trend-by-{OutcomeTrend.Name(Trend.Interval)}.csv\"";
        await TrendCsv.WriteAsync(Response.Body, Trend, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    /// <summary>What the trend is of, for the chart's title: the query, or all decisions.</summary>
    public string Subject => (Parameters.Search.Query.Length > 0 ? $"“{Parameters.Search.Query}”" : "all decisions")
        + (Parameters.Search.HasFilters ? " (filtered)" : "");

    private void Analyse()
    {
        Parameters = TrendParameters.From(Request.Query);
        if (!Parameters.IsValid)
        {
            Refuse([.. Parameters.AllErrors]);
            return;
        }

        try
        {
            Trend = explorer.Trend(Parameters.Search.ToRequest(), Parameters.Interval);
            Chart = Trend.Buckets.Count == 0 ? null : TrendChart.Of(Trend, Subject);
        }
        catch (SearchRequestException refused)
        {
            Refuse([refused.Message]);
        }
    }

    private void Refuse(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Trend = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
