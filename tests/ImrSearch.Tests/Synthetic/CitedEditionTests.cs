using System.Globalization;
using System.Text.RegularExpressions;
using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Parsing;
using ImrSearch.Synthetic;
using ImrSearch.Synthetic.Catalog;
using ImrSearch.Synthetic.Composition;
using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Synthetic;

/// <summary>
/// The synthetic letters cite the guideline editions in force on their decision dates: checked by hand at each
/// boundary of guideline-editions.tsv inside the corpus's years (the day before an edition took effect and the day it
/// did), for the text the generator writes and for the edition the indexer tags the parsed letter with.
/// </summary>
public sealed partial class CitedEditionTests
{
    private const string ChronicPain = "Chronic Pain Medical Treatment Guidelines";
    private const string Opioids = "Opioids Treatment Guidelines";
    private const string Formulary = "MTUS Drug Formulary";
    private const string LowBack = "ACOEM Chapter 12 Low Back Complaints";
    private const string Neck = "ACOEM Chapter 8 Neck and Upper Back Complaints";
    private const string Shoulder = "ACOEM Chapter 9 Shoulder Complaints";
    private const string Elbow = "ACOEM Chapter 10 Elbow Disorders";
    private const string Hand = "ACOEM Chapter 11 Forearm, Wrist, and Hand Complaints";
    private const string Knee = "ACOEM Chapter 13 Knee Complaints";
    private const string Ankle = "ACOEM Chapter 14 Ankle and Foot Complaints";

    private static readonly CitationStyle[] Styles = [CitationStyle.Paged, CitationStyle.Sectioned, CitationStyle.Regulated];

    public static TheoryData<string, string, string, string> Boundaries => new()
    {
        // topic key, decided, document cited, edition the index tags it with
        { "physical medicine", "2016-07-27", ChronicPain, "2009 (ODG-based, DWC)" },
        { "physical medicine", "2016-07-28", ChronicPain, "2016 (ODG-based, DWC)" },
        { "physical medicine", "2017-11-30", ChronicPain, "2016 (ODG-based, DWC)" },
        { "physical medicine", "2017-12-01", ChronicPain, "ACOEM Chronic Pain Guideline (May 15, 2017)" },
        { "opioids", "2016-07-27", ChronicPain, "2009 (ODG-based, DWC)" },
        { "opioids", "2016-07-28", Opioids, "2016 (DWC)" },
        { "opioids", "2017-11-30", Opioids, "2016 (DWC)" },
        { "opioids", "2017-12-01", Opioids, "ACOEM Opioids Guideline (April 20, 2017)" },
        { "low back", "2017-11-30", LowBack, "ACOEM 2nd edition (2004), adopted 2007" },
        { "low back", "2017-12-01", LowBack, "ACOEM Low Back Disorders (February 24, 2016)" },
        { "low back", "2019-08-10", LowBack, "ACOEM Low Back Disorders (February 24, 2016)" },
        { "low back", "2019-08-11", LowBack, "ACOEM Low Back Disorders (March 7, 2019)" },
        { "low back", "2021-11-22", LowBack, "ACOEM Low Back Disorders (March 7, 2019)" },
        { "low back", "2021-11-23", LowBack, "ACOEM Low Back Disorders (February 13, 2020)" },
        { "shoulder", "2017-11-30", Shoulder, "ACOEM 2nd edition (2004), adopted 2007" },
        { "shoulder", "2017-12-01", Shoulder, "ACOEM Shoulder Disorders (August 1, 2016)" },
        { "neck", "2019-04-17", Neck, "ACOEM Cervical and Thoracic Spine Disorders (May 27, 2016)" },
        { "neck", "2019-04-18", Neck, "ACOEM Cervical and Thoracic Spine Disorders (October 17, 2018)" },
        { "elbow", "2017-11-30", Elbow, "ACOEM 2nd edition (2004), adopted 2007" },
        { "elbow", "2019-04-17", Elbow, "ACOEM Elbow Disorders (2013)" },
        { "elbow", "2019-04-18", Elbow, "ACOEM Elbow Disorders (August 23, 2018)" },
        { "hand", "2019-04-17", Hand, "ACOEM Hand, Wrist, and Forearm Disorders (June 30, 2016)" },
        { "hand", "2019-04-18", Hand, "ACOEM Hand, Wrist, and Forearm Disorders (January 7, 2019)" },
        { "knee", "2020-09-20", Knee, "ACOEM Knee Disorders (October 28, 2015)" },
        { "knee", "2020-09-21", Knee, "ACOEM Knee Disorders (December 3, 2019)" },
        { "ankle", "2019-04-17", Ankle, "ACOEM Ankle and Foot Disorders (September 2015)" },
        { "ankle", "2019-04-18", Ankle, "ACOEM Ankle and Foot Disorders (July 16, 2018)" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Each_citation_style_names_the_edition_in_force_and_the_index_tags_it_so(string topicKey, string decided, string document, string edition)
    {
        var date = Date(decided);
        var editions = EditionsInForce.On(date);
        var checkedCitations = 0;
        foreach (var style in Styles)
        {
            // Different draws take every branch of a style (topic or none, paged or sectioned wording).
            for (ulong seed = 1; seed <= 40; seed++)
            {
                var (text, written) = CitationWriter.Write(Topic(topicKey), CitedBy.ImrOrganization, style, new LetterRandom(seed), editions);
                var parsed = GuidelineCitationParser.Parse("Decision based on " + text, CitedBy.ImrOrganization, ImrVocabulary.Default.GuidelineDocuments);
                foreach (var citation in written.Where(c => c.Document == document))
                {
                    Assert.Contains(citation, parsed);
                    var applied = GuidelineEditionVocabulary.Default.Applied(citation, date);
                    Assert.True(applied?.Edition.Name == edition, $"{style} \"{text}\" on {decided}: {applied?.Edition.Name}, not {edition}");
                    checkedCitations++;
                }

                Assert.DoesNotContain(written, c => c.Document is ChronicPain or Opioids && c.Document != document);
            }
        }

        Assert.True(checkedCitations >= 60, $"{checkedCitations} citations of {document} written");
    }

    [Theory]
    [InlineData("2016-07-27", "2009", "MTUS Chronic Pain Medical Treatment 2009, Section(s): Physical Medicine")]
    [InlineData("2016-07-28", "2016", "MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical Medicine")]
    [InlineData("2017-12-01", "2017", "MTUS Chronic Pain Medical Treatment 2017, Section(s): Physical Medicine")]
    public void A_sectioned_line_names_the_edition_year_in_force(string decided, string year, string expected)
    {
        var texts = Enumerable.Range(1, 20)
            .Select(seed => CitationWriter.Write(Topic("physical medicine"), CitedBy.ImrOrganization, CitationStyle.Sectioned, new LetterRandom((ulong)seed), EditionsInForce.On(Date(decided))).Text)
            .ToList();

        Assert.Contains(texts, t => t.StartsWith(expected, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains(" " + year, t, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2016-07-27", "(Effective July 18, 2009)", " of 127")]
    [InlineData("2016-07-28", "(Effective July 28, 2016)", "")]
    [InlineData("2017-12-01", "(Effective December 1, 2017)", "")]
    public void A_regulated_line_names_the_effective_date_in_force_and_the_2009_page_total_only_for_2009(string decided, string effective, string total)
    {
        var (text, _) = CitationWriter.Write(Topic("physical medicine"), CitedBy.ImrOrganization, CitationStyle.Regulated, new LetterRandom(3), EditionsInForce.On(Date(decided)));

        Assert.Contains(effective, text, StringComparison.Ordinal);
        Assert.EndsWith("98-99" + total + ".", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-12-31", null)]
    [InlineData("2018-01-01", "MTUS Drug Formulary (2018)")]
    [InlineData("2026-06-30", "MTUS Drug Formulary (2018)")]
    public void Drug_requests_cite_the_formulary_from_its_effective_date(string decided, string? edition)
    {
        var editions = EditionsInForce.On(Date(decided));

        Assert.Equal(edition is not null, editions.HasFormulary);
        if (edition is null)
        {
            return;
        }

        foreach (var style in Styles)
        {
            var (text, citation) = CitationWriter.Formulary(CitedBy.ImrOrganization, style, editions);
            var parsed = GuidelineCitationParser.Parse("Decision based on " + text, CitedBy.ImrOrganization, ImrVocabulary.Default.GuidelineDocuments);
            Assert.Equal(citation, Assert.Single(parsed));
            Assert.Equal(edition, GuidelineEditionVocabulary.Default.Applied(citation, Date(decided))?.Edition.Name);
        }
    }

    public static TheoryData<string, string, string, string> LetterBoundaries => new()
    {
        { ChronicPain, "2016-07-27", "2016-07-28", "2016 (ODG-based, DWC)" },
        { ChronicPain, "2017-11-30", "2017-12-01", "ACOEM Chronic Pain Guideline (May 15, 2017)" },
        { Opioids, "2017-11-30", "2017-12-01", "ACOEM Opioids Guideline (April 20, 2017)" },
        { Formulary, "2017-12-31", "2018-01-01", "MTUS Drug Formulary (2018)" },
        { LowBack, "2017-11-30", "2017-12-01", "ACOEM Low Back Disorders (February 24, 2016)" },
        { LowBack, "2019-08-10", "2019-08-11", "ACOEM Low Back Disorders (March 7, 2019)" },
        { LowBack, "2021-11-22", "2021-11-23", "ACOEM Low Back Disorders (February 13, 2020)" },
        { Knee, "2020-09-20", "2020-09-21", "ACOEM Knee Disorders (December 3, 2019)" },
        { Neck, "2019-04-17", "2019-04-18", "ACOEM Cervical and Thoracic Spine Disorders (October 17, 2018)" },
    };

    [Theory]
    [MemberData(nameof(LetterBoundaries))]
    public void A_generated_letter_moved_across_a_boundary_is_indexed_under_the_new_edition_only_from_its_first_day(
        string document, string dayBefore, string dayOf, string newEdition)
    {
        var label = document + ", " + newEdition;
        var found = 0;
        for (var number = 0; number < 600 && found < 3; number++)
        {
            var on = Tagged(number, Date(dayOf), document);
            if (on is null)
            {
                continue;
            }

            found++;
            Assert.Contains(label, on);
            var before = Tagged(number, Date(dayBefore), document);
            Assert.DoesNotContain(label, before ?? []);
        }

        Assert.True(found == 3, $"only {found} letters of the first 600 cite {document} on {dayOf}");
    }

    [Fact]
    public void The_editions_change_the_citations_only_not_the_rest_of_the_letter()
    {
        // Across the opioids and December 2017 boundaries the same case keeps its items, decisions and rationales:
        // choosing an edition draws nothing from the letter's random source.
        var changed = 0;
        for (var number = 0; number < 300; number++)
        {
            var before = LetterComposer.Compose(GeneratedSample.Seed, number, new DateOnly(2016, 7, 27));
            var after = LetterComposer.Compose(GeneratedSample.Seed, number, new DateOnly(2018, 1, 1));
            Assert.Equal(Describe(before.Truth), Describe(after.Truth));
            changed += before.Truth.Decisions.Zip(after.Truth.Decisions).Count(p => p.First.ImrGuideline != p.Second.ImrGuideline) > 0 ? 1 : 0;
        }

        Assert.True(changed > 100, $"{changed} of 300 letters cite other editions");
    }

    /// <summary>The edition labels the index gives the letter's items citing the document, or null when none does.</summary>
    private static List<string>? Tagged(int number, DateOnly decided, string document)
    {
        var letter = LetterComposer.Compose(GeneratedSample.Seed, number, decided);
        if (letter.Truth.Dates.DecisionDate is null
            || !letter.Truth.Decisions.Any(d => d.Citations.Any(c => c.CitedBy == CitedBy.ImrOrganization && c.Document == document)))
        {
            return null;
        }

        var parsed = DeterminationParser.Parse(letter.Text, letter.RelativePath).Determination
            ?? throw new Xunit.Sdk.XunitException($"{letter.RelativePath} was rejected.");
        Assert.Equal(decided, parsed.DecidedOn);
        return [.. parsed.Decisions
            .SelectMany(item => FacetValues.Of(parsed, item))
            .Where(v => v.Dimension == IndexSchema.GuidelineEdition && v.Value.StartsWith(document + ", ", StringComparison.Ordinal))
            .Select(v => v.Value)];
    }

    /// <summary>The items as decided, with the dates of the requests and rationales left out (they move with the decision date).</summary>
    private static string Describe(Determination truth) =>
        string.Join("\n", truth.Decisions.Select(d => $"{DateWords().Replace(d.Item, "")}|{d.Quantity}|{d.Treatment}|{d.BodyRegion}|{d.Decision}|{DateWords().Replace(d.Rationale, "")}"));

    [GeneratedRegex(@"[0-9]+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")]
    private static partial Regex DateWords();

    private static GuidelineTopic Topic(string key) => key switch
    {
        "physical medicine" => new GuidelineTopic(GuidelineBook.ChronicPain, "Physical Medicine", "98-99"),
        "opioids" => new GuidelineTopic(GuidelineBook.ChronicPain, "Opioids, ongoing management", "78-80"),
        "low back" => Chapter(12, "Low Back Complaints"),
        "neck" => Chapter(8, "Neck and Upper Back Complaints"),
        "shoulder" => Chapter(9, "Shoulder Complaints"),
        "elbow" => Chapter(10, "Elbow Disorders"),
        "hand" => Chapter(11, "Forearm, Wrist, and Hand Complaints"),
        "knee" => Chapter(13, "Knee Complaints"),
        "ankle" => Chapter(14, "Ankle and Foot Complaints"),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    private static GuidelineTopic Chapter(int number, string title) =>
        new(GuidelineBook.Acoem, "Special Studies", "303-304", number, title);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
