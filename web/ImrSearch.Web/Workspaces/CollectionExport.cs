using System.Globalization;
using System.Text;
using CsvHelper;
using ImrSearch.Web.Exports;
using ImrSearch.Web.Markdown;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Workspaces;

/// <summary>
/// A collection as the research brief (Markdown: its description, then each item as the search brief lists a
/// decision, followed by the collector's note) and as CSV (one row per item, in the collection's order, with notes).
/// </summary>
public static class CollectionExport
{
    private static readonly CsvWriterOptions CsvOptions = new()
    {
        // A note starting with = + - @ must not run as a formula when the file is opened in a spreadsheet.
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
    };

    public static readonly string[] CsvHeader =
        ["position", "caseId", "item", "itemText", "treatment", "bodyRegion", "decision", "guideline", "note", "inIndex", "caseUrl"];

    public static string Brief(Collection collection, IReadOnlyList<CollectionEntry> entries, Func<string, int, string> caseUrl, DateTimeOffset generated)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(MarkdownText.Inline(collection.Title)).AppendLine();
        md.Append("- **Collection of:** ").Append(entries.Count.ToString(CultureInfo.InvariantCulture)).AppendLine(entries.Count == 1 ? " decided item" : " decided items");
        md.Append("- **Prepared:** ").AppendLine(generated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        md.AppendLine();
        if (collection.Description.Length > 0)
        {
            md.AppendLine(collection.Description.Trim()).AppendLine();
        }
        var number = 0;
        foreach (var entry in entries)
        {
            number++;
            if (entry.AsHit() is { } hit)
            {
                ResearchBrief.AppendHit(md, number, hit, caseUrl(hit.CaseId, hit.ItemIndex));
            }
            else
            {
                md.Append("### ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ")
                    .Append(MarkdownText.Inline(entry.ItemText)).Append(": ").AppendLine(entry.Decision).AppendLine();
                md.Append("Case ").Append(MarkdownText.Inline(entry.Saved.CaseId)).Append(", item ")
                    .Append((entry.Saved.ItemIndex + 1).ToString(CultureInfo.InvariantCulture))
                    .AppendLine(": *no longer in the index.*").AppendLine();
            }
            if (entry.Saved.Note.Length > 0)
            {
                md.AppendLine("**Note:**").AppendLine();
                // The note is the user's own Markdown; quoted so its headings cannot break the brief's outline.
                foreach (var line in entry.Saved.Note.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
                {
                    md.Append("> ").AppendLine(line);
                }
                md.AppendLine();
            }
        }
        return md.ToString();
    }

    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<CollectionEntry> entries, Func<string, int, string> caseUrl, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, CsvOptions, true);
        await csv.WriteRecordAsync(CsvHeader, cancellationToken);
        var position = 0;
        foreach (var entry in entries)
        {
            var hit = entry.AsHit();
            await csv.WriteRecordAsync(
            [
                (++position).ToString(CultureInfo.InvariantCulture),
                entry.Saved.CaseId,
                (entry.Saved.ItemIndex + 1).ToString(CultureInfo.InvariantCulture),
                entry.ItemText,
                hit?.Treatment ?? "",
                hit?.BodyRegion ?? "",
                entry.Decision,
                hit is null ? "" : string.Join("; ", HitView.ReviewerCitationsOf(hit).Select(HitView.Describe)),
                entry.Saved.Note,
                entry.InIndex ? "yes" : "no",
                caseUrl(entry.Saved.CaseId, entry.Saved.ItemIndex),
            ], cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}
