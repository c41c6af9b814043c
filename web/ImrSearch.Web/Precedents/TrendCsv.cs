using System.Globalization;
using CsvHelper;
using ImrSearch.Precedents;

namespace ImrSearch.Web.Precedents;

/// <summary>The trend as CSV: one row per period, the same figures as the page, rates as fractions.</summary>
public static class TrendCsv
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, NewLine = "\r\n" };

    public static async Task WriteAsync(Stream output, OutcomeTrend trend, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Options, true);
        await csv.WriteRecordAsync(["period", "start", "decisions", "upheld", "overturned", "overturnRate", "wilsonLow95", "wilsonHigh95"], cancellationToken);
        foreach (var bucket in trend.Buckets)
        {
            string[] row =
            [
                bucket.Period,
                bucket.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Number(bucket.Decisions),
                Number(bucket.Upheld),
                Number(bucket.Overturned),
                bucket.OverturnRate is { } rate ? Fraction(rate) : "",
                bucket.Decisions > 0 ? Fraction(bucket.Interval.Lower) : "",
                bucket.Decisions > 0 ? Fraction(bucket.Interval.Upper) : "",
            ];
            await csv.WriteRecordAsync(row, cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Fraction(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
