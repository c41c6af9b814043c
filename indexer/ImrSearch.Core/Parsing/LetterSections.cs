using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>The parts of a letter the parser reads, each a list of clean paragraphs.</summary>
internal sealed class LetterSections
{
    public List<string> Header { get; } = [];

    public List<string> Credentials { get; } = [];

    public List<string> Summary { get; } = [];

    public List<string> Items { get; } = [];

    public bool HasCredentialsHeading { get; private set; }

    public bool HasSummaryHeading { get; private set; }

    public bool HasItemsHeading { get; private set; }

    /// <summary>Splits paragraphs at the section headings of every known layout.</summary>
    public static LetterSections Split(IReadOnlyList<string> paragraphs)
    {
        var sections = new LetterSections();
        List<string>? target = sections.Header;
        foreach (var paragraph in paragraphs)
        {
            var heading = LetterHeadings.Match(paragraph);
            if (heading is null)
            {
                target?.Add(paragraph);
                continue;
            }

            target = heading.Value.Kind switch
            {
                LetterSectionKind.Credentials => sections.Credentials,
                LetterSectionKind.Summary => sections.Summary,
                LetterSectionKind.Items => sections.Items,
                _ => null,
            };
            sections.HasCredentialsHeading |= heading.Value.Kind == LetterSectionKind.Credentials;
            sections.HasSummaryHeading |= heading.Value.Kind == LetterSectionKind.Summary;
            sections.HasItemsHeading |= heading.Value.Kind == LetterSectionKind.Items;
            if (heading.Value.Remainder.Length > 0)
            {
                target?.Add(heading.Value.Remainder);
            }
        }

        return sections;
    }
}

internal enum LetterSectionKind
{
    Credentials,
    Summary,
    Items,
    Skipped,
}

/// <summary>The section headings of the layouts IMR letters have used.</summary>
internal static partial class LetterHeadings
{
    public static (LetterSectionKind Kind, string Remainder)? Match(string paragraph)
    {
        var match = Heading().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["credentials"].Success ? LetterSectionKind.Credentials
            : match.Groups["summary"].Success ? LetterSectionKind.Summary
            : match.Groups["items"].Success ? LetterSectionKind.Items
            : LetterSectionKind.Skipped;
        return (kind, paragraph[match.Length..].Trim());
    }

    [GeneratedRegex(
        @"^(?:(?<credentials>HOW\s+THE\s+IMR\s+FINAL\s+DETERMINATION\s+WAS\s+MADE|MEDICAL\s+REVIEWER\s+QUALIFICATIONS)|(?<summary>CLINICAL\s+CASE\s+SUMMARY|CASE\s+SUMMARY)|(?<items>IMR\s+ISSUES,?\s+DECISIONS,?\s+AND\s+RATIONALES|IMR\s+DECISION\(?S\)?\s+AND\s+RATIONALE\(?S\)?)|(?<skipped>DOCUMENTS\s+REVIEWED))\s*(?::\s*|$)",
        RegexOptions.None)]
    private static partial Regex Heading();
}
