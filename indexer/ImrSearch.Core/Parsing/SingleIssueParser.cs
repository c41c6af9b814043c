using System.Text.RegularExpressions;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Parsing;

/// <summary>
/// Reads the decided items of the single-issue layout: "ISSUE AT DISPUTE:" (the item, or a numbered list of items),
/// "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:" (the reviewer's guideline) and
/// "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:". The decision is the one the
/// issue line states when it states one, else the rationale heading's: "... NOT MEDICALLY NECESSARY" upholds the
/// denial, "... IS MEDICALLY NECESSARY" overturns it. Issues listed together share the guideline and rationale after them.
/// </summary>
internal static partial class SingleIssueParser
{
    public static (IReadOnlyList<DecidedItem> Items, string? Error) Parse(LetterSections sections, ImrVocabulary vocabulary)
    {
        var items = new List<DecidedItem>();
        var group = new List<(string Item, decimal? Quantity, Decision? Decision)>();
        var guideline = new List<string>();
        foreach (var segment in sections.Segments)
        {
            switch (segment.Kind)
            {
                case LetterSectionKind.IssueAtDispute:
                    if (group.Count > 0)
                    {
                        return ([], $"the issue '{group[0].Item}' has no 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE ...' section; the letter looks truncated");
                    }

                    group.AddRange(segment.Paragraphs.SelectMany(Issues));
                    guideline.Clear();
                    break;
                case LetterSectionKind.ReviewerGuidelines:
                    guideline.AddRange(segment.Paragraphs);
                    break;
                case LetterSectionKind.Rationale when group.Count > 0:
                    var rationale = string.Join("\n\n", segment.Paragraphs);
                    if (rationale.Length == 0 || !".!?\"”’)]".Contains(rationale[^1]))
                    {
                        return ([], $"the letter is truncated mid-rationale: the rationale for '{group[0].Item}' "
                            + (rationale.Length == 0 ? "is empty" : "stops mid-sentence"));
                    }

                    var fromHeading = NotNecessary().IsMatch(segment.Heading) ? Decision.Upheld : Decision.Overturned;
                    var imrGuideline = string.Join("\n\n", guideline);
                    var citations = GuidelineCitationParser.Parse(imrGuideline, CitedBy.ImrOrganization, vocabulary.GuidelineDocuments);
                    foreach (var (item, quantity, decision) in group)
                    {
                        items.Add(new DecidedItem(
                            items.Count,
                            item,
                            quantity,
                            vocabulary.Treatments.Classify(item).Name,
                            vocabulary.BodyRegions.Find(item),
                            decision ?? fromHeading,
                            "",
                            imrGuideline,
                            citations,
                            rationale));
                    }

                    group.Clear();
                    break;
            }
        }

        if (group.Count > 0)
        {
            return ([], $"the issue '{group[0].Item}' has no 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE ...' section; the letter looks truncated");
        }

        return items.Count == 0
            ? ([], "no decided items: the 'ISSUE AT DISPUTE' section names no item")
            : (items, null);
    }

    /// <summary>The paragraph cut before each "1." / "2)" that starts an item: a stop before the number stays with the piece before it.</summary>
    private static IEnumerable<string> NumberedPieces(string paragraph)
    {
        var start = 0;
        foreach (Match number in NumberedItem().Matches(paragraph))
        {
            yield return paragraph[start..(number.Groups["stop"].Success ? number.Index + 1 : number.Index)];
            // The match ends on the item's first letter, which opens the next piece.
            start = number.Index + number.Length - 1;
        }

        yield return paragraph[start..];
    }

    private static IEnumerable<(string Item, decimal? Quantity, Decision? Decision)> Issues(string paragraph)
    {
        foreach (var piece in NumberedPieces(paragraph).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (ItemHeader.TryParseIssue(piece) is { } header)
            {
                yield return (header.Item, header.Quantity, header.Decision);
            }
            else if (ItemHeader.WithoutDecision(piece) is { } item)
            {
                yield return (item.Item, item.Quantity, null);
            }
        }
    }

    [GeneratedRegex(@"\bNOT\s+MEDICALLY\s+NECESSARY", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex NotNecessary();

    /// <summary>"1. X 2. Y" or "1) X": the numbers that separate a list of issues.</summary>
    [GeneratedRegex(@"(?:^|(?<stop>[.;,])|\s)[0-9]{1,2}[.)]\s+[A-Za-z]", LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex NumberedItem();
}
