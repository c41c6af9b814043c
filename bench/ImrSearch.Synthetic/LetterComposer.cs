using System.Globalization;
using ImrSearch.Domain;
using ImrSearch.Synthetic.Catalog;
using ImrSearch.Synthetic.Composition;
using ImrSearch.Synthetic.Layout;

namespace ImrSearch.Synthetic;

/// <summary>
/// Writes synthetic IMR final determination letters in the seed letters' format and variants, each with its true
/// fields. Letter N of a corpus depends only on the corpus seed and N.
/// </summary>
public static class LetterComposer
{
    public const string HowMadeHeading = "HOW THE IMR FINAL DETERMINATION WAS MADE";
    public const string SummaryHeading = "CLINICAL CASE SUMMARY";
    public const string IssuesHeading = "IMR ISSUES, DECISIONS AND RATIONALES";
    public const string SummaryLead = "The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:";
    public const string IssuesLead = "The Final Determination was based on decisions for the disputed items/services set forth below:";

    /// <summary>How many items letter N has, without writing it (the same draws as <see cref="Compose(int, long)"/>, stopped early).</summary>
    public static int CountItems(int corpusSeed, long number)
    {
        var random = LetterRandom.ForLetter(corpusSeed, number);
        var facts = CaseFacts.Pick(random);
        var style = LetterStyle.Pick(facts.DecisionDate.Year, random);
        var slots = CaseSlots.Build(facts, style, random);
        return ItemPlanner.Plan(facts, style, slots, random).Count;
    }

    public static SyntheticLetter Compose(int corpusSeed, long number) => Compose(corpusSeed, number, decidedOn: null);

    /// <summary>
    /// Letter N with every date of its case moved so it is decided on <paramref name="decidedOn"/> (the same case a
    /// few years earlier or later, citing the editions in force then); null keeps its own date.
    /// </summary>
    public static SyntheticLetter Compose(int corpusSeed, long number, DateOnly? decidedOn)
    {
        var random = LetterRandom.ForLetter(corpusSeed, number);
        var picked = CaseFacts.Pick(random);
        var facts = decidedOn is { } date ? picked.MovedTo(date) : picked;
        var style = LetterStyle.Pick(facts.DecisionDate.Year, random);
        var slots = CaseSlots.Build(facts, style, random);
        var items = ItemPlanner.Plan(facts, style, slots, random);
        var specialty = ReviewerCatalog.For(items[0].Kind.Family, random);
        var (reviewerParagraph, credentialLines, reviewer) = ReviewerComposer.Compose(specialty, style, random);
        var summary = SummaryComposer.Compose(facts, style, slots, items, random);

        var hasHeader = style.Header != HeaderLayout.None;
        var caseNumber = hasHeader ? HeaderComposer.CaseNumber(facts, number, corpusSeed) : null;
        var fileStem = $"{number:D7}_{random.NextUInt64():x16}";
        var relativePath = $"{number / 1000:D4}/{fileStem}.txt";

        var blocks = new List<LetterBlock>(8 + items.Count * 4);
        if (caseNumber is not null)
        {
            blocks.Add(LetterBlock.Lines(HeaderComposer.Lines(facts, caseNumber, style.Header, random)));
        }

        blocks.Add(LetterBlock.Heading(HowMadeHeading));
        blocks.Add(LetterBlock.Paragraph(reviewerParagraph, style.LineWidth));
        if (credentialLines.Count > 0)
        {
            blocks.Add(LetterBlock.Lines(credentialLines));
        }

        blocks.Add(LetterBlock.Heading(SummaryHeading));
        blocks.Add(LetterBlock.Paragraph(SummaryLead, style.LineWidth));
        blocks.Add(LetterBlock.Paragraph(summary, style.LineWidth));
        blocks.Add(LetterBlock.Heading(IssuesHeading));
        blocks.Add(LetterBlock.Paragraph(IssuesLead, style.LineWidth));

        var editions = EditionsInForce.On(facts.DecisionDate);
        var decided = new List<DecidedItem>(items.Count);
        var previousUpheld = false;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var guidelines = GuidelineParagraphs.Compose(item, style, random, editions);
            var rationale = RationaleComposer.Compose(item, previousUpheld, style, random);
            previousUpheld = item.Decision == Decision.Upheld;

            blocks.Add(LetterBlock.Paragraph(ItemHeader(item, style), style.ItemHeaderWidth));
            blocks.Add(LetterBlock.Paragraph("Claims Administrator guideline: " + guidelines.ClaimsAdministrator, style.LineWidth));
            blocks.Add(LetterBlock.Paragraph("MAXIMUS guideline: " + guidelines.Imr, style.LineWidth));
            blocks.Add(LetterBlock.Paragraph("Decision rationale: " + rationale, style.LineWidth));

            decided.Add(new DecidedItem(
                i,
                item.Request,
                item.Quantity,
                item.Kind.Category,
                item.TruthRegion,
                item.Decision,
                Clean(guidelines.ClaimsAdministrator),
                Clean(guidelines.Imr),
                guidelines.Citations,
                Clean(rationale)));
        }

        var text = Typesetter.Layout(blocks, style, random);
        var dates = hasHeader
            ? new LetterDates(facts.DecisionDate, facts.DateAssigned, facts.UrDenialDate, facts.ApplicationReceived)
            : LetterDates.None;
        var stated = hasHeader || facts.InjuryDateInSummary;
        var truth = new Determination(
            caseNumber ?? fileStem,
            caseNumber,
            relativePath,
            dates,
            reviewer,
            new PatientFacts(facts.Age, facts.Sex, stated ? facts.DateOfInjury : null),
            Clean(summary),
            decided);
        return new SyntheticLetter(number, relativePath, text, truth);
    }

    private static string ItemHeader(PlannedItem item, LetterStyle style)
    {
        var quantity = item.Quantity is decimal q ? "  QTY: " + q.ToString("0.00", CultureInfo.InvariantCulture) : "";
        var gap = style.SentenceGap;
        return $"{item.Request}{quantity}:{gap}{item.Decision}";
    }

    /// <summary>The text as a parser should give it back: runs of spaces collapsed, ends trimmed.</summary>
    public static string Clean(string text) => WhitespaceText.Collapse(text);
}
