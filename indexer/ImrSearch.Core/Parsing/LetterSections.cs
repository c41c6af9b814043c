using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>One section of a letter: its heading's kind and its clean paragraphs, in letter order.</summary>
internal sealed record LetterSegment(LetterSectionKind Kind, string Heading, List<string> Paragraphs);

/// <summary>The sections of a letter, split at the headings of every known layout.</summary>
internal sealed class LetterSections
{
    private LetterSections(List<LetterSegment> segments)
    {
        Segments = segments;
    }

    /// <summary>Every section in letter order, starting with the (possibly empty) header before the first heading.</summary>
    public List<LetterSegment> Segments { get; }

    public IReadOnlyList<string> Header => Segments[0].Paragraphs;

    public IReadOnlyList<string> Credentials => Of(LetterSectionKind.Credentials);

    public IReadOnlyList<string> Summary => Of(LetterSectionKind.Summary);

    public IReadOnlyList<string> Items => Of(LetterSectionKind.Items);

    public bool Has(LetterSectionKind kind) => Segments.Any(s => s.Kind == kind);

    public static LetterSections Split(IReadOnlyList<string> paragraphs)
    {
        var segments = new List<LetterSegment> { new(LetterSectionKind.Header, "", []) };
        foreach (var paragraph in paragraphs)
        {
            if (LetterHeadings.Match(paragraph) is not { } heading)
            {
                segments[^1].Paragraphs.Add(paragraph);
                continue;
            }

            var segment = new LetterSegment(heading.Kind, heading.Heading, []);
            if (heading.Remainder.Length > 0)
            {
                segment.Paragraphs.Add(heading.Remainder);
            }

            segments.Add(segment);
        }

        return new LetterSections(segments);
    }

    private List<string> Of(LetterSectionKind kind) =>
        Segments.Where(s => s.Kind == kind).SelectMany(s => s.Paragraphs).ToList();
}

internal enum LetterSectionKind
{
    Header,
    Credentials,
    Summary,
    Items,
    Skipped,

    // The single-issue layout: ISSUE AT DISPUTE / CASE SUMMARY / MEDICAL TREATMENT GUIDELINE(S) RELIED UPON ... /
    // RATIONALE FOR WHY ... / MEDICAL REVIEWER QUALIFICATIONS.
    IssueAtDispute,
    ReviewerGuidelines,
    Rationale,
}

/// <summary>The section headings of the layouts IMR letters have used.</summary>
internal static partial class LetterHeadings
{
    public static (LetterSectionKind Kind, string Heading, string Remainder)? Match(string paragraph)
    {
        var match = Heading().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["credentials"].Success ? LetterSectionKind.Credentials
            : match.Groups["summary"].Success ? LetterSectionKind.Summary
            : match.Groups["items"].Success ? LetterSectionKind.Items
            : match.Groups["issue"].Success ? LetterSectionKind.IssueAtDispute
            : match.Groups["guidelines"].Success ? LetterSectionKind.ReviewerGuidelines
            : match.Groups["rationale"].Success ? LetterSectionKind.Rationale
            : LetterSectionKind.Skipped;
        return (kind, match.Groups["heading"].Value, paragraph[match.Length..].Trim());
    }

    [GeneratedRegex(
        @"^(?<heading>(?<credentials>HOW\s+THE\s+IMR\s+FINAL\s+DETERMINATION\s+WAS\s+MADE|MEDICAL\s+REVIEWER\s+QUALIFICATIONS)|(?<summary>CLINICAL\s+CASE\s+SUMMARY|CASE\s+SUMMARY)|(?<items>IMR\s+ISSUES,?\s+DECISIONS,?\s+AND\s+RATIONALES|IMR\s+DECISION\(?S\)?\s+AND\s+RATIONALE\(?S\)?)|(?<issue>ISSUES?\s+AT\s+DISPUTE)|(?<guidelines>MEDICAL\s+TREATMENT\s+GUIDELINE\(?S\)?\s+RELIED\s+UPON\s+BY\s+(?:THE\s+)?(?:PROFESSIONAL|PHYSICIAN|EXPERT|MEDICAL)\s+REVIEWER(?:\s+AND\s+WHY)?)|(?<rationale>RATIONALE\s+FOR\s+WHY\s+THE\s+REQUESTED\s+TREATMENT\s*/?\s*(?:SERVICE\s+)?(?<tense>IS\s*/\s*WAS|IS|WAS)\s+(?<not>NOT\s+)?MEDICALLY\s+NECESSARY)|(?<skipped>DOCUMENTS\s+REVIEWED))\s*(?::\s*|$)",
        RegexOptions.None | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex Heading();
}
