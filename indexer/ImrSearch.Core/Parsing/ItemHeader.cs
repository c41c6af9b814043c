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
            return WithQuantity(older.Groups["item"].Value, older.Groups["not"].Success ? Decision.Upheld : Decision.Overturned);
        }

        return null;
    }

    private static ItemHeader? WithQuantity(string written, Decision decision)
    {
        var item = written.Trim().TrimEnd(':').Trim();
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

    [GeneratedRegex(@"^(?<item>.+?)\s*:\s*(?<decision>Upheld|Overturned)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrentLayout();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+(?<item>.+?)\s+(?:is|are|was|were)\s+(?<not>not\s+)?medically\s+necessary(?:\s+and\s+appropriate)?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OlderLayout();

    /// <summary>"  QTY: 12.00", ", quantity 12", "(Qty: 6)" at the end of the item.</summary>
    [GeneratedRegex(@"[\s,;(]*\b(?:QTY|Quantity)\b\s*[:#]?\s*(?<quantity>\d{1,6}(?:\.\d{1,4})?)\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex QuantitySuffix();
}
