using System.Globalization;
using System.Text.RegularExpressions;
using ImrSearch.Domain;

namespace ImrSearch.Parsing;

/// <summary>
/// The line that opens a decided item: "&lt;item as requested&gt;[  QTY: n.00]: Upheld|Overturned", or in older letters
/// "1. &lt;item&gt; is (not) medically necessary and appropriate."
/// </summary>
internal sealed partial record ItemHeader(string Item, decimal? Quantity, Decision Decision)
{
    /// <summary>Item headers are short; a long paragraph ending in ": Upheld" is prose, not a header.</summary>
    private const int MaximumLength = 400;

    public static ItemHeader? TryParse(string paragraph)
    {
        if (paragraph.Length > MaximumLength)
        {
            return null;
        }

        var current = CurrentLayout().Match(paragraph);
        if (current.Success)
        {
            var decision = current.Groups["decision"].Value.StartsWith("u", StringComparison.OrdinalIgnoreCase)
                ? Decision.Upheld
                : Decision.Overturned;
            return WithQuantity(current.Groups["item"].Value, decision);
        }

        var older = OlderLayout().Match(paragraph);
        if (older.Success)
        {
            var item = RequestWording().Replace(older.Groups["item"].Value, "");
            return WithQuantity(item, older.Groups["not"].Success ? Decision.Upheld : Decision.Overturned);
        }

        return null;
    }

    /// <summary>
    /// An issue line of the single-issue layout, where the number is optional because the line is known to name an
    /// item ("Physical therapy x12 is not medically necessary").
    /// </summary>
    public static ItemHeader? TryParseIssue(string paragraph)
    {
        if (TryParse(paragraph) is { } header)
        {
            return header;
        }

        var issue = paragraph.Length > MaximumLength ? Match.Empty : IssueLayout().Match(paragraph);
        return issue.Success
            ? WithQuantity(RequestWording().Replace(issue.Groups["item"].Value, ""), issue.Groups["not"].Success ? Decision.Upheld : Decision.Overturned)
            : null;
    }

    /// <summary>An item named without a decision (the single-issue layout states it elsewhere).</summary>
    public static ItemHeader? WithoutDecision(string written) =>
        written.Length > MaximumLength ? null : WithQuantity(LeadingNumber().Replace(written, ""), Decision.Upheld);

    private static ItemHeader? WithQuantity(string written, Decision decision)
    {
        var item = written.Trim().TrimEnd(':', '.').Trim();
        decimal? quantity = null;
        var suffix = QuantitySuffix().Match(item);
        if (suffix.Success)
        {
            quantity = decimal.Parse(suffix.Groups["quantity"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            quantity = quantity.Value / 1.000000000000000000000000000000000m;
            item = item[..suffix.Index].TrimEnd(' ', ',', ';', '-', ':');
        }

        return item.Length == 0 ? null : new ItemHeader(item, quantity, decision);
    }

    [GeneratedRegex(@"^(?<item>.+?)\s*:\s*(?<decision>Upheld|Overturned)\s*\.?$", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex CurrentLayout();

    [GeneratedRegex(@"^[0-9]{1,2}[.)]\s+(?<item>.+?)\s+(?:is|are|was|were)\s+(?<not>not\s+)?medically\s+necessary(?:\s+and\s+appropriate)?\s*\.?$", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex OlderLayout();

    [GeneratedRegex(@"^(?:[0-9]{1,2}[.)]\s+)?(?<item>.+?)\s+(?:is|are|was|were)\s+(?<not>not\s+)?medically\s+necessary(?:\s+and\s+appropriate)?\s*\.?$", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex IssueLayout();

    /// <summary>Older letters phrase the item as "The request for X is not medically necessary".</summary>
    [GeneratedRegex(@"^(?:The\s+)?(?:retrospective\s+)?request(?:ed)?\s+(?:for\s+)?", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex RequestWording();

    [GeneratedRegex(@"^\s*[0-9]{1,2}[.)]\s+", LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex LeadingNumber();

    /// <summary>"  QTY: 12.00", ", quantity 12", "(Qty: 6)" at the end of the item.</summary>
    [GeneratedRegex(@"[\s,;(]*\b(?:QTY|Quantity)\b\s*[:#]?\s*(?<quantity>[0-9]{1,6}(?:\.[0-9]{1,4})?)\)?$", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex QuantitySuffix();
}
