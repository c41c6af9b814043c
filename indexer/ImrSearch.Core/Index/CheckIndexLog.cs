using System.Text.RegularExpressions;

namespace ImrSearch.Index;

/// <summary>Reads the failures out of CheckIndex's log: which segment, which test, and the exception's message (no stack).</summary>
internal static partial class CheckIndexLog
{
    public static string SegmentLabel(string name, int documents) => $"Segment {name} ({documents} documents): ";

    public static IEnumerable<(string Segment, string Description)> Failures(string log)
    {
        var segment = "";
        string? failedTest = null;
        var lines = log.Split('\n', StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            if (SegmentHeader().Match(lines[i]) is { Success: true } header)
            {
                segment = SegmentLabel(header.Groups["name"].Value, int.Parse(header.Groups["docs"].Value, System.Globalization.CultureInfo.InvariantCulture));
                failedTest = null;
            }
            else if (FailedTest().Match(lines[i]) is { Success: true } failed)
            {
                failedTest = failed.Groups["test"].Value;
            }
            else if (lines[i].EndsWith("full exception:", StringComparison.Ordinal) && i + 1 < lines.Length)
            {
                yield return (segment, $"{failedTest ?? "check"} failed: {ExceptionMessage(lines[i + 1])}");
            }
        }
    }

    /// <summary>"System.IO.IOException: checksum failed ..." reads as "checksum failed ...".</summary>
    private static string ExceptionMessage(string line)
    {
        var match = ExceptionType().Match(line);
        return match.Success ? line[match.Length..] : line;
    }

    [GeneratedRegex(@"^\d+ of \d+: name=(?<name>\S+) docCount=(?<docs>\d+)")]
    private static partial Regex SegmentHeader();

    [GeneratedRegex(@"^test: (?<test>[a-z ]+?)\.+FAILED")]
    private static partial Regex FailedTest();

    [GeneratedRegex(@"^[A-Za-z0-9_.]+(Exception|Error): ")]
    private static partial Regex ExceptionType();
}
