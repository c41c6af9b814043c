using System.Text.RegularExpressions;
using ImrSearch.Domain;

namespace ImrSearch.Parsing;

/// <summary>
/// The optional block before the first section: "Case Number:", "Date Assigned:", "Date of Injury:",
/// "Decision Date:", "UR Denial Date:", "Application Received:". Labels and values may wrap or sit on separate
/// lines, and a table may list every label before every value; values left unread beside their label are taken in
/// order from the dates that follow.
/// </summary>
internal sealed partial record HeaderBlock(string? CaseNumber, LetterDates Dates, DateOnly? DateOfInjury)
{
    public static HeaderBlock Parse(string text)
    {
        var labels = Label().Matches(text);
        var values = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var unread = new List<string>();
        var consumed = new List<(int Start, int End)>();
        string? caseNumber = null;

        for (var i = 0; i < labels.Count; i++)
        {
            var kind = KindOf(labels[i]);
            var start = labels[i].Index + labels[i].Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            var value = text[start..end];
            if (kind == "case")
            {
                var number = CaseNumberValue().Match(value);
                if (number.Success)
                {
                    caseNumber = number.Value;
                }

                continue;
            }

            if (kind is null)
            {
                continue;
            }

            var date = LetterDate.FindAll(value).FirstOrDefault();
            if (date != default && value[..date.Index].Trim().Length == 0)
            {
                values.TryAdd(kind, date.Date);
                consumed.Add((start + date.Index, start + date.Index + date.Length));
            }
            else
            {
                unread.Add(kind);
            }
        }

        if (unread.Count > 0)
        {
            var loose = LetterDate.FindAll(text)
                .Where(d => !consumed.Any(c => c.Start == d.Index))
                .Select(d => d.Date)
                .ToList();
            for (var i = 0; i < unread.Count && i < loose.Count; i++)
            {
                values.TryAdd(unread[i], loose[i]);
            }
        }

        caseNumber ??= CaseNumberValue().Match(text) is { Success: true } anywhere ? anywhere.Value : null;
        var dates = new LetterDates(
            values.GetValueOrDefault("decision") is var d && d != default ? d : null,
            values.TryGetValue("assigned", out var assigned) ? assigned : null,
            values.TryGetValue("ur", out var ur) ? ur : null,
            values.TryGetValue("received", out var received) ? received : null);
        return new HeaderBlock(caseNumber, dates, values.TryGetValue("injury", out var injury) ? injury : null);
    }

    private static string? KindOf(Match label)
    {
        if (label.Groups["case"].Success)
        {
            return "case";
        }

        return label.Groups["assigned"].Success ? "assigned"
            : label.Groups["injury"].Success ? "injury"
            : label.Groups["decision"].Success ? "decision"
            : label.Groups["ur"].Success ? "ur"
            : label.Groups["received"].Success ? "received"
            : null;
    }

    [GeneratedRegex(@"(?<case>\b(?:IMR\s+)?Case\s+(?:Number|No\.?|#))\s*:?|(?<assigned>\bDate\s+Assigned)\s*:|(?<injury>\bDate\s+of\s+Injury)\s*:|(?<decision>\bDecision\s+Date)\s*:|(?<ur>\bUR\s+Denial\s+Date)\s*:|(?<received>\bApplication\s+Received)\s*:|(?<other>\b(?:Priority|Claim\s+Number|Employee|Claims?\s+Administrator|Requesting\s+Provider|Provider|Employer|Date\s+of\s+(?:Letter|Decision)))\s*:", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex Label();

    /// <summary>IMR case numbers: "CM14-0123456" (CM + year + serial).</summary>
    [GeneratedRegex(@"\bCM[0-9]{2}-[0-9]{4,8}\b", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    internal static partial Regex CaseNumberValue();
}
