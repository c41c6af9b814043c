using System.Text.RegularExpressions;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Parsing;

/// <summary>
/// Reads the decided items from the issues section: each item header, then the claims administrator's guideline,
/// the IMR organization's guideline and the decision rationale, in letter order.
/// </summary>
internal static partial class DecidedItemParser
{
    /// <summary>The items, or the reason they cannot be read (naming the item and what is missing).</summary>
    public static (IReadOnlyList<DecidedItem> Items, string? Error) Parse(IReadOnlyList<string> paragraphs, ImrVocabulary vocabulary)
    {
        var drafts = new List<ItemDraft>();
        ItemDraft? current = null;
        foreach (var written in paragraphs)
        {
            // In single-spaced letters the first item header can run on from the section's opening sentence.
            var paragraph = current is null ? SectionIntroduction().Replace(written, "") : written;
            if (ItemHeader.TryParse(paragraph) is { } header)
            {
                current = new ItemDraft(header);
                drafts.Add(current);
                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (ClaimsAdministratorLabel().Match(paragraph) is { Success: true } ca)
            {
                current.Part = ItemPart.ClaimsAdministrator;
                current.ClaimsAdministrator.Add(ca.Groups["label"].Success ? paragraph[ca.Length..] : paragraph);
            }
            else if (ImrOrganizationLabel().Match(paragraph) is { Success: true } imr)
            {
                current.Part = ItemPart.ImrOrganization;
                current.ImrOrganization.Add(imr.Groups["label"].Success ? paragraph[imr.Length..] : paragraph);
            }
            else if (RationaleLabel().Match(paragraph) is { Success: true } rationale)
            {
                current.Part = ItemPart.Rationale;
                current.HasRationale = true;
                current.Rationale.Add(paragraph[rationale.Length..]);
            }
            else
            {
                current.Current?.Add(paragraph);
            }
        }

        if (drafts.Count == 0)
        {
            return ([], "no decided items: the issues section has no line of the form '<item>: Upheld' or '<item>: Overturned'");
        }

        var items = new List<DecidedItem>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var rationale = string.Join("\n\n", draft.Rationale.Select(p => p.Trim()).Where(p => p.Length > 0));
            if (!draft.HasRationale || rationale.Length == 0)
            {
                return ([], $"item {i + 1} ('{draft.Header.Item}') has no decision rationale; the letter looks truncated or its layout is not one ImrSearch reads");
            }

            if (i == drafts.Count - 1 && !EndsSentence(rationale))
            {
                return ([], $"the letter is truncated mid-rationale: the decision rationale of item {i + 1} ('{draft.Header.Item}') stops mid-sentence at \"…{Tail(rationale)}\"");
            }

            items.Add(Build(i, draft, rationale, vocabulary));
        }

        return (items, null);
    }

    private static DecidedItem Build(int index, ItemDraft draft, string rationale, ImrVocabulary vocabulary)
    {
        var claimsAdministrator = string.Join("\n\n", draft.ClaimsAdministrator.Select(p => p.Trim()).Where(p => p.Length > 0));
        var imrOrganization = string.Join("\n\n", draft.ImrOrganization.Select(p => p.Trim()).Where(p => p.Length > 0));
        var citations = GuidelineCitationParser.Parse(claimsAdministrator, CitedBy.ClaimsAdministrator, vocabulary.GuidelineDocuments)
            .Concat(GuidelineCitationParser.Parse(imrOrganization, CitedBy.ImrOrganization, vocabulary.GuidelineDocuments))
            .ToList();
        var header = draft.Header;
        return new DecidedItem(
            index,
            header.Item,
            header.Quantity,
            vocabulary.Treatments.Classify(header.Item).Name,
            vocabulary.BodyRegions.Find(header.Item),
            header.Decision,
            claimsAdministrator,
            imrOrganization,
            citations,
            rationale);
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && ".!?\"”’)]".Contains(trimmed[^1]);
    }

    private static string Tail(string text) => text.Length <= 60 ? text : text[^60..];

    [GeneratedRegex(@"^(?:(?<label>Claims\s+Administrator\s+guidelines?\s*:|Guidelines?\s+relied\s+upon\s+by\s+the\s+Claims\s+Administrator\s*:)\s*|The\s+Claims\s+Administrator\s+(?:based|did\s+not\s+base|relied|cited|did\s+not\s+cite))", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex ClaimsAdministratorLabel();

    [GeneratedRegex(@"^(?:(?<label>(?:MAXIMUS|IMRO?|Independent\s+Medical\s+Review\s+Organization|Expert\s+Reviewer|Professional\s+Reviewer|Physician\s+Reviewer)\s+guidelines?\s*:|Medical\s+Treatment\s+Guidelines?(?:\(s\))?\s+relied\s+upon\s+by\s+the\s+(?:Expert|Physician|Professional)\s+Reviewer\s*:)\s*|The\s+(?:Expert|Physician|Professional)\s+Reviewer\s+(?:based|relied|cited|found))", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex ImrOrganizationLabel();

    [GeneratedRegex(@"^The\s+Final\s+Determination\s+was\s+based\s+on\s+decisions?\s+for\s+the\s+disputed\s+items?\s*/\s*services?\s+set\s+forth\s+below\s*:\s*", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex SectionIntroduction();

    [GeneratedRegex(@"^(?:Decision\s+rationale|Rationale\s+for\s+the\s+Decision|Rationale)\s*:\s*", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex RationaleLabel();

    private enum ItemPart
    {
        Header,
        ClaimsAdministrator,
        ImrOrganization,
        Rationale,
    }

    private sealed class ItemDraft(ItemHeader header)
    {
        public ItemHeader Header { get; } = header;

        public ItemPart Part { get; set; } = ItemPart.Header;

        public bool HasRationale { get; set; }

        public List<string> ClaimsAdministrator { get; } = [];

        public List<string> ImrOrganization { get; } = [];

        public List<string> Rationale { get; } = [];

        /// <summary>Where a paragraph without a label belongs: the part it follows.</summary>
        public List<string>? Current => Part switch
        {
            ItemPart.ClaimsAdministrator => ClaimsAdministrator,
            ItemPart.ImrOrganization => ImrOrganization,
            ItemPart.Rationale => Rationale,
            _ => null,
        };
    }
}
