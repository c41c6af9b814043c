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

    /// <summary>
    /// Writes the header and a row per hit. Past <paramref name="timeLimit"/> it stops reading hits and ends the file
    /// with a row saying how many of the <paramref name="total"/> items it holds, so a cut file is never mistaken
    /// for a whole one; the search behind it is released.
    /// </summary>
    public static async Task WriteAsync(
        Stream output,
        IEnumerable<SearchHit> hits,
        Func<SearchHit, string> caseUrl,
        long total,
        TimeSpan timeLimit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        await using var csv = CsvWriter.Create(output, Options, true);
        await csv.WriteRecordAsync(Header, cancellationToken);
        long written = 0;
        foreach (var hit in hits)
        {
            if (timeLimit != Timeout.InfiniteTimeSpan && clock.GetElapsedTime(started) > timeLimit)
            {
                await csv.WriteRecordAsync(StoppedRow(written, total, timeLimit), cancellationToken);
                break;
            }

            await csv.WriteRecordAsync(Row(hit, caseUrl(hit)), cancellationToken);
            written++;
            if (csv.RecordCount % SearchRequest.MaxPageSize == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>The last row of an export cut at its time limit: in the first column, where a reader looks.</summary>
    public static string[] StoppedRow(long written, long total, TimeSpan timeLimit) =>
    [
        string.Create(
            CultureInfo.InvariantCulture,
            $"Export stopped after {timeLimit.TotalSeconds:0.#} s: this file holds {written:N0} of the {total:N0} matching items. Narrow the search (filters, a date or a treatment) to export the rest."),
        .. Enumerable.Repeat("", Header.Length - 1),
    ];

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
