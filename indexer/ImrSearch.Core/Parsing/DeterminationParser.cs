using System.Text.RegularExpressions;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Parsing;

/// <summary>
/// Reads the text of one IMR final determination letter into a <see cref="Determination"/>, or rejects it with a
/// reason that names what is missing. Never throws for bad input.
/// </summary>
public static class DeterminationParser
{
    /// <summary>Text longer than this is not a letter (real letters are a few thousand characters).</summary>
    public const int MaximumTextLength = 2_000_000;

    public static LetterParseResult Parse(string text, string source) => Parse(text, source, ImrVocabulary.Default);

    public static LetterParseResult Parse(string text, string source, ImrVocabulary vocabulary)
    {
        try
        {
            return ParseText(text, source, vocabulary);
        }
        catch (RegexMatchTimeoutException e)
        {
            var pattern = e.Pattern.Length <= 40 ? e.Pattern : e.Pattern[..40] + "...";
            return LetterParseResult.Rejected(source, $"the letter took too long to read (the pattern '{pattern}' ran past its {e.MatchTimeout.TotalSeconds:0.#} s limit); it is not a letter ImrSearch reads");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A letter the parser cannot handle is that letter's problem, never the whole build's.
            return LetterParseResult.Rejected(source, $"the parser failed on this letter ({e.GetType().Name}: {e.Message})");
        }
    }

    private static LetterParseResult ParseText(string text, string source, ImrVocabulary vocabulary)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return LetterParseResult.Rejected(source, "the letter is empty");
        }

        if (text.Length > MaximumTextLength)
        {
            return LetterParseResult.Rejected(source, $"the text is {text.Length:N0} characters long; letters above {MaximumTextLength:N0} are not read");
        }

        var paragraphs = LetterTextCleaner.Paragraphs(text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\f', '\n'));
        var sections = LetterSections.Split(paragraphs);
        (IReadOnlyList<DecidedItem> Items, string? Error) parsedItems;
        if (sections.Has(LetterSectionKind.Items))
        {
            parsedItems = DecidedItemParser.Parse(sections.Items, vocabulary);
        }
        else if (sections.Has(LetterSectionKind.IssueAtDispute))
        {
            parsedItems = SingleIssueParser.Parse(sections, vocabulary);
        }
        else
        {
            return LetterParseResult.Rejected(source, MissingSectionsReason(sections));
        }

        var (items, itemError) = parsedItems;
        if (itemError is not null)
        {
            return LetterParseResult.Rejected(source, itemError);
        }

        var header = HeaderBlock.Parse(string.Join("\n", sections.Header));
        var summary = string.Join("\n\n", sections.Summary.Where(p => !SummaryIntroduction.IsIntroduction(p)));
        var determination = new Determination(
            header.CaseNumber ?? CaseIds.FromSource(source),
            header.CaseNumber,
            source,
            header.Dates,
            ReviewerCredentialsParser.Parse(sections.Credentials, vocabulary),
            PatientFactsParser.Parse(summary, header.DateOfInjury),
            summary,
            items);
        return LetterParseResult.Parsed(source, determination);
    }

    private static string MissingSectionsReason(LetterSections sections)
    {
        if (!sections.Has(LetterSectionKind.Credentials) && !sections.Has(LetterSectionKind.Summary))
        {
            return "not an IMR determination letter: none of the sections 'HOW THE IMR FINAL DETERMINATION WAS MADE', "
                + "'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES' or 'ISSUE AT DISPUTE' was found";
        }

        return "the section 'IMR ISSUES, DECISIONS AND RATIONALES' (or 'IMR DECISION(S) AND RATIONALE(S)') is missing, "
            + "so the letter has no decided items; it may be truncated";
    }
}
