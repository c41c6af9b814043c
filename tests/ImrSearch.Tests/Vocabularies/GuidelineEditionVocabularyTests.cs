using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Tests.Parsing;
using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Vocabularies;

/// <summary>
/// The edition applied per citation, checked by hand against guideline-editions.tsv at each boundary date: the day
/// before an edition took effect, and the day it did.
/// </summary>
public class GuidelineEditionVocabularyTests
{
    private const string ChronicPain = "Chronic Pain Medical Treatment Guidelines";
    private const string LowBack = "ACOEM Chapter 12 Low Back Complaints";

    private static readonly GuidelineEditionVocabulary Editions = GuidelineEditionVocabulary.Default;

    [Theory]
    [InlineData(ChronicPain, "2009-07-17", null)]
    [InlineData(ChronicPain, "2009-07-18", "2009 (ODG-based, DWC)")]
    [InlineData(ChronicPain, "2016-07-27", "2009 (ODG-based, DWC)")]
    [InlineData(ChronicPain, "2016-07-28", "2016 (ODG-based, DWC)")]
    [InlineData(ChronicPain, "2017-11-30", "2016 (ODG-based, DWC)")]
    [InlineData(ChronicPain, "2017-12-01", "ACOEM Chronic Pain Guideline (May 15, 2017)")]
    [InlineData(LowBack, "2017-11-30", "ACOEM 2nd edition (2004), adopted 2007")]
    [InlineData(LowBack, "2017-12-01", "ACOEM Low Back Disorders (February 24, 2016)")]
    [InlineData(LowBack, "2019-08-10", "ACOEM Low Back Disorders (February 24, 2016)")]
    [InlineData(LowBack, "2019-08-11", "ACOEM Low Back Disorders (March 7, 2019)")]
    [InlineData(LowBack, "2021-11-22", "ACOEM Low Back Disorders (March 7, 2019)")]
    [InlineData(LowBack, "2021-11-23", "ACOEM Low Back Disorders (February 13, 2020)")]
    [InlineData("MTUS Drug Formulary", "2017-12-31", null)]
    [InlineData("MTUS Drug Formulary", "2018-01-01", "MTUS Drug Formulary (2018)")]
    [InlineData("Opioids Treatment Guidelines", "2016-07-28", "2016 (DWC)")]
    [InlineData("Opioids Treatment Guidelines", "2017-12-01", "ACOEM Opioids Guideline (April 20, 2017)")]
    public void The_edition_in_force_on_the_decision_date_is_applied(string document, string decided, string? edition)
    {
        var applied = Editions.Applied(Citation(document), DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(edition, applied?.Edition.Name);
        Assert.False(applied?.NamedByLetter ?? false);
    }

    [Fact]
    public void An_edition_the_letter_names_wins_over_the_decision_date()
    {
        var named = Citation(ChronicPain) with { Edition = new GuidelineEdition(2009, new DateOnly(2009, 7, 18)) };

        var applied = Editions.Applied(named, new DateOnly(2020, 1, 1))!;

        Assert.True(applied.NamedByLetter);
        Assert.Equal("2009 (ODG-based, DWC)", applied.Edition.Name);
        Assert.True(applied.Edition.IsReplaced);
        Assert.Equal(
            "Applied a since-replaced guideline: Chronic Pain Medical Treatment Guidelines, 2009 (ODG-based, DWC) was replaced by "
            + "2016 (ODG-based, DWC), effective July 28, 2016; current: ACOEM Chronic Pain Guideline (May 15, 2017), effective December 1, 2017.",
            applied.ReplacedNote());
    }

    [Fact]
    public void A_current_edition_carries_no_note_and_unversioned_documents_no_edition()
    {
        Assert.Null(Editions.Applied(Citation(LowBack), new DateOnly(2024, 5, 1))!.ReplacedNote());
        Assert.Null(Editions.Applied(new GuidelineCitation("ODG", "ODG Low Back Chapter", null, null, CitedBy.ImrOrganization), new DateOnly(2015, 1, 1)));
        Assert.Null(Editions.Applied(Citation(ChronicPain), decided: null));
    }

    [Fact]
    public void A_named_year_that_no_edition_has_falls_back_to_the_decision_date()
    {
        var named = Citation(LowBack) with { Edition = new GuidelineEdition(2009, new DateOnly(2009, 7, 18)) };

        var applied = Editions.Applied(named, new DateOnly(2018, 3, 1))!;

        Assert.False(applied.NamedByLetter);
        Assert.Equal("ACOEM Low Back Disorders (February 24, 2016)", applied.Edition.Name);
    }

    [Fact]
    public void Every_row_names_a_known_document_and_a_source()
    {
        var documents = ImrVocabulary.Default.GuidelineDocuments.Documents.Select(d => d.Name).ToHashSet();

        Assert.All(Editions.Editions, e =>
        {
            Assert.Contains(e.Document, documents);
            Assert.Matches(@"\[[a-z0-9-]+\]", e.Source);
        });
    }

    [Fact]
    public void Seed_letters_that_name_an_edition_are_tagged_with_it()
    {
        // Letter 004 cites "MTUS Chronic Pain Medical Treatment 2009" and "MTUS Low Back Complaints 2004" and states no
        // decision date: only the named year can tell the edition.
        var letter = SeedLetters.Parse(SeedLetters.Letter004);
        var tagged = letter.Decisions
            .SelectMany(d => d.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization))
            .Select(c => (c.Document, Editions.Applied(c, letter.DecidedOn)?.Edition.Name))
            .ToList();

        Assert.Contains((ChronicPain, "2009 (ODG-based, DWC)"), tagged);
        Assert.Contains((LowBack, "ACOEM 2nd edition (2004), adopted 2007"), tagged);
    }

    [Fact]
    public void Item_facets_carry_the_edition_and_whether_it_was_replaced()
    {
        var letter = SeedLetters.Parse(SeedLetters.Letter004);
        var item = letter.Decisions[0];

        var values = FacetValues.Of(letter, item).ToList();

        Assert.Contains((IndexSchema.GuidelineEdition, "Chronic Pain Medical Treatment Guidelines, 2009 (ODG-based, DWC)"), values);
        Assert.Contains((IndexSchema.GuidelineStatus, IndexSchema.GuidelineStatusReplaced), values);
        Assert.Contains((IndexSchema.CaseOutcome, "Partly overturned"), values);
    }

    private static GuidelineCitation Citation(string document) =>
        new("MTUS", document, null, null, CitedBy.ImrOrganization);
}
