using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>One non-blank line of a letter, with what its start says about the letter's structure.</summary>
internal readonly partial struct LetterLine
{
    public LetterLine(string text)
    {
        Text = text;
        IsHeading = LooksLikeHeading(text);
        // Cheap checks first: most lines are prose with no label colon near the start and no decision at the end.
        var colon = text.IndexOf(':');
        IsLabel = !IsHeading && ((colon >= 0 && colon < 140) || text.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
            && LabelStart().IsMatch(text);
        var end = text.AsSpan().TrimEnd('.');
        var decisionAtEnd = end.EndsWith("held", StringComparison.OrdinalIgnoreCase) || end.EndsWith("turned", StringComparison.OrdinalIgnoreCase);
        ContinuesItemHeader = !IsHeading && (text.StartsWith("QTY", StringComparison.OrdinalIgnoreCase) || (decisionAtEnd && DecisionTail().IsMatch(text)));
        EndsInsideItemHeader = text.EndsWith("QTY:", StringComparison.OrdinalIgnoreCase) || text.EndsWith("QTY", StringComparison.OrdinalIgnoreCase);
        MayStartItem = !IsHeading && !ContinuesItemHeader && ((decisionAtEnd && ItemDecisionEnd().IsMatch(text)) || (char.IsAsciiDigit(text[0]) && NumberedStart().IsMatch(text)));
    }

    public string Text { get; }

    /// <summary>An all-capitals line such as "CLINICAL CASE SUMMARY".</summary>
    public bool IsHeading { get; }

    /// <summary>A line that starts with a field label ("Decision rationale:", "Case Number:").</summary>
    public bool IsLabel { get; }

    /// <summary>
    /// The wrapped end of an item header: "Upheld" alone, "12.00: Upheld" or "QTY: 60.00: Upheld". It always joins
    /// the line before, even across a page-break gap.
    /// </summary>
    public bool ContinuesItemHeader { get; }

    /// <summary>A line cut inside an item header's quantity ("...for the cervical spine  QTY:").</summary>
    public bool EndsInsideItemHeader { get; }

    /// <summary>A line that may open a decided item ("MRI Cervical Spine:  Upheld", "1. Physical therapy ...").</summary>
    public bool MayStartItem { get; }

    private static bool LooksLikeHeading(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 8 && text.Contains(' ');
    }

    [GeneratedRegex(@"^(?:(?:Claims\s+Administrator|MAXIMUS|IMRO?|Independent\s+Medical\s+Review\s+Organization|Expert\s+Reviewer|Professional\s+Reviewer|Physician\s+Reviewer)\s+guidelines?\s*:|Decision\s+rationale\s*:|Rationale\s+for\s+the\s+Decision\s*:|State\(s\)\s+of\s+Licensure\s*:|States?\s+of\s+Licensure\s*:|Certification\(s\)\s*/\s*Specialt(?:y|ies)\s*:|Certifications?\s*/\s*Specialt(?:y|ies)\s*:|Case\s+Number\s*:|Date\s+Assigned\s*:|Date\s+of\s+Injury\s*:|Decision\s+Date\s*:|UR\s+Denial\s+Date\s*:|Priority\s*:|Application\s+Received\s*:|Claim\s+Number\s*:|Employee\s*:|Claims?\s+Administrator\s*:|Requesting\s+Provider\s*:|ISSUES?\s+AT\s+DISPUTE\s*:|CASE\s+SUMMARY\s*:|Guidelines?\s+relied\s+upon\s+by\s+the\s+Claims\s+Administrator\s*:|Medical\s+Treatment\s+Guidelines?(?:\(s\))?\s+relied\s+upon\s+by\s+the\s+(?:Expert|Physician|Professional)\s+Reviewer\s*:|The\s+(?:Claims\s+Administrator|Expert\s+Reviewer|Physician\s+Reviewer|Professional\s+Reviewer)\s+based\s+)", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex LabelStart();

    [GeneratedRegex(@":\s*(?:Upheld|Overturned)\.?$", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex ItemDecisionEnd();

    [GeneratedRegex(@"^(?:QTY\s*:?\s*)?(?:[[0-9].,]+\s*:\s*)?(?:Upheld|Overturned)\s*\.?$", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex DecisionTail();

    [GeneratedRegex(@"^[0-9]{1,2}[.)]\s+\S", LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex NumberedStart();
}
