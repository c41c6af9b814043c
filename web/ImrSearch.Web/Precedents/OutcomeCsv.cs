using System.Globalization;
using CsvHelper;
using ImrSearch.Precedents;

namespace ImrSearch.Web.Precedents;

/// <summary>The outcomes table as CSV: the same rows and figures as the page, rates as fractions for spreadsheets.</summary>
public static class OutcomeCsv
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, NewLine = "\r\n" };

    public static async Task WriteAsync(Stream output, OutcomeTable table, IReadOnlyList<OutcomeGroup> groups, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Options, true);
        var header = new List<string> { table.GroupBy.Name };
        if (table.ThenBy is not null)
        {
            header.Add(table.ThenBy.Name);
        }

        header.AddRange(["decisions", "upheld", "overturned", "overturnRate", "wilsonLow95", "wilsonHigh95", "enoughToSay"]);
        await csv.WriteRecordAsync(header.ToArray(), cancellationToken);
        foreach (var group in groups)
        {
            var row = new List<string> { group.Value ?? "" };
            if (table.ThenBy is not null)
            {
                row.Add(group.SecondValue ?? "");
            }

            row.AddRange(
            [
                Number(group.Count),
                Number(group.Upheld),
                Number(group.Overturned),
                Fraction(group.OverturnRate),
                Fraction(group.Interval.Lower),
                Fraction(group.Interval.Upper),
                group.HasEnoughDecisions ? "yes" : "no",
            ]);
            await csv.WriteRecordAsync(row.ToArray(), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Fraction(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
