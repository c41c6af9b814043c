using System.Globalization;
using CsvHelper;
using ImrSearch.Search;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Exports;

/// <summary>The CSV export: one row per matching decided item, written as it is read.</summary>
public static class DecidedItemCsv
{
    private static readonly CsvWriterOptions Options = new()
    {
        // A letter's text starting with = + - @ must not run as a formula when the file is opened in a spreadsheet.
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
    };

    public static readonly string[] Header =
        ["caseId", "item", "itemText", "treatment", "bodyRegion", "decision", "specialties", "guideline", "caseUrl"];

    public static async Task WriteAsync(Stream output, IEnumerable<SearchHit> hits, Func<SearchHit, string> caseUrl, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Options, true);
        await csv.WriteRecordAsync(Header, cancellationToken);
        foreach (var hit in hits)
        {
            await csv.WriteRecordAsync(Row(hit, caseUrl(hit)), cancellationToken);
            if (csv.RecordCount % SearchRequest.MaxPageSize == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static string[] Row(SearchHit hit, string url) =>
    [
        hit.CaseId,
        (hit.ItemIndex + 1).ToString(CultureInfo.InvariantCulture),
        hit.Item,
        hit.Treatment,
        hit.BodyRegion ?? "",
        hit.Decision.ToString(),
        string.Join("; ", hit.Specialties),
        string.Join("; ", HitView.ReviewerCitationsOf(hit).Select(HitView.Describe)),
        url,
    ];
}
