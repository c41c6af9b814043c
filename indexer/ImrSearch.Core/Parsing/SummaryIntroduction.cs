using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>The fixed sentence that opens every clinical case summary; it says nothing about the case.</summary>
internal static partial class SummaryIntroduction
{
    public static bool IsIntroduction(string paragraph) => paragraph.Length < 300 && Introduction().IsMatch(paragraph);

    [GeneratedRegex(@"^The\s+(?:expert|physician|professional)\s+reviewer\s+developed\s+the\s+following\s+clinical\s+case\s+summary", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex Introduction();
}
