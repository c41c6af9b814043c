namespace ImrSearch.Parsing;

/// <summary>
/// Tells a file holding several letters (a batch printed into one PDF) from one letter: the headings a letter has
/// once each ("HOW THE IMR FINAL DETERMINATION WAS MADE", "CLINICAL CASE SUMMARY", ...) appear once per letter.
/// </summary>
internal static class LetterCount
{
    private static readonly string[] OncePerLetter =
    [
        "HOW THE IMR FINAL DETERMINATION WAS MADE",
        "CLINICAL CASE SUMMARY",
        "IMR ISSUES, DECISIONS AND RATIONALES",
        "IMR DECISION(S) AND RATIONALE(S)",
        "DOCUMENTS REVIEWED",
        "ISSUE AT DISPUTE:",
    ];

    /// <summary>Why the text is several letters, or null when it is at most one.</summary>
    public static string? SeveralLetters(string text)
    {
        var counts = new int[OncePerLetter.Length];
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            for (var h = 0; h < OncePerLetter.Length; h++)
            {
                if (trimmed.StartsWith(OncePerLetter[h], StringComparison.OrdinalIgnoreCase) && trimmed.Length <= OncePerLetter[h].Length + 2)
                {
                    counts[h]++;
                }
            }
        }

        var most = counts.Max();
        if (most < 2)
        {
            return null;
        }

        var heading = OncePerLetter[Array.IndexOf(counts, most)];
        return $"the PDF holds {most} letters (the heading '{heading.TrimEnd(':')}' appears {most} times); split it into one file per letter";
    }
}
