using ImrSearch.Domain;
using ImrSearch.Synthetic.Catalog;

namespace ImrSearch.Synthetic.Composition;

/// <summary>
/// Writes one guideline reference the ways letters do ("MTUS Chronic Pain Treatment Guidelines Opioids Page(s):
/// 78-80.", "MTUS Low Back Complaints 2004, Section(s): Special Studies.", "Official Disability Guidelines (ODG),
/// Pain Chapter, Zolpidem") and records what a parser should read from it.
/// </summary>
public static class CitationWriter
{
    public const string ChronicPainDocument = "Chronic Pain Medical Treatment Guidelines";
    public const string AcupunctureDocument = "Acupuncture Medical Treatment Guidelines";
    public const string PostsurgicalDocument = "Postsurgical Treatment Guidelines";
    public const string OdgDocument = "Official Disability Guidelines";
    public const string AcoemOnlineDocument = "ACOEM Practice Guidelines";

    public const string ChronicPainRegulation = "8 C.C.R. 9792.20 - 9792.26";
    public const int ChronicPainPageTotal = 127;
    public static readonly GuidelineEdition ChronicPain2009 = new(2009, new DateOnly(2009, 7, 18));

    /// <summary>
    /// The words after "Decision based on " and the citations they state: one, or two when a paged chronic pain line
    /// names a second topic with its own pages ("Tramadol Page(s): 93-94, 113; Opioids, criteria for use Page(s): 78-80").
    /// Where the letter names an edition, it is the one in force on the decision date.
    /// </summary>
    public static (string Text, IReadOnlyList<GuidelineCitation> Citations) Write(
        GuidelineTopic topic, CitedBy citedBy, CitationStyle style, LetterRandom random, EditionsInForce editions, GuidelineTopic? second = null)
    {
        ArgumentNullException.ThrowIfNull(editions);
        if (topic.Book == GuidelineBook.ChronicPain && style != CitationStyle.Sectioned && second is { Book: GuidelineBook.ChronicPain, Topic: not null, Pages: not null }
            && second.Topic != topic.Topic && random.Chance(0.3))
        {
            return TwoTopics(topic, second, citedBy, style, editions);
        }

        var (text, citation) = WriteOne(topic, citedBy, style, random, editions);
        return (text, [citation]);
    }

    /// <summary>
    /// "MTUS Drug Formulary 2018.": the formulary clause a drug request decided under it carries, in the letter's
    /// citation style (a paged letter names no edition).
    /// </summary>
    public static (string Text, GuidelineCitation Citation) Formulary(CitedBy citedBy, CitationStyle style, EditionsInForce editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var document = EditionsInForce.FormularyDocument;
        return style switch
        {
            CitationStyle.Sectioned => ($"MTUS Drug Formulary {editions.YearOf(document, 2018)}.",
                new GuidelineCitation("MTUS", document, null, null, citedBy, Edition: Year(editions.YearOf(document, 2018)))),
            CitationStyle.Regulated when editions.EffectiveOf(document) is { } effective => ($"MTUS Drug Formulary ({effective.Text}).",
                new GuidelineCitation("MTUS", document, null, null, citedBy, Edition: effective.Edition)),
            _ => ("MTUS Drug Formulary.", new GuidelineCitation("MTUS", document, null, null, citedBy)),
        };
    }

    private static (string, IReadOnlyList<GuidelineCitation>) TwoTopics(GuidelineTopic first, GuidelineTopic second, CitedBy citedBy, CitationStyle style, EditionsInForce editions)
    {
        var document = editions.ChronicPainDocumentFor(first.Topic);
        if (editions.ChronicPainDocumentFor(second.Topic) != document)
        {
            // An opioid topic and another since the opioids guideline took effect: two guidelines, so two clauses.
            var (firstText, firstCitation) = Lined(document, first, citedBy, style, editions);
            var (secondText, secondCitation) = Lined(editions.ChronicPainDocumentFor(second.Topic), second, citedBy, style, editions);
            return ($"{firstText} Decision based on {secondText}", [firstCitation, secondCitation]);
        }

        if (style == CitationStyle.Regulated)
        {
            var (effective, edition, total) = Regulation(document, editions);
            return ($"MTUS {document} {ChronicPainRegulation} MTUS ({effective}) {first.Topic} Page(s): {first.Pages}; {second.Topic} Page(s): {second.Pages}{Of(total)}.",
                [Regulated(document, first.Topic, first.Pages, citedBy, edition, total), Regulated(document, second.Topic, second.Pages, citedBy, edition, total)]);
        }

        return ($"MTUS {document} {first.Topic} Page(s): {first.Pages}; {second.Topic} Page(s): {second.Pages}.",
            [new GuidelineCitation("MTUS", document, first.Topic, first.Pages, citedBy), new GuidelineCitation("MTUS", document, second.Topic, second.Pages, citedBy)]);
    }

    /// <summary>One paged topic of a regulated or paged line, in its document's full name.</summary>
    private static (string, GuidelineCitation) Lined(string document, GuidelineTopic topic, CitedBy citedBy, CitationStyle style, EditionsInForce editions)
    {
        if (style == CitationStyle.Regulated)
        {
            return RegulatedLine(document, topic.Topic, topic.Pages, citedBy, editions);
        }

        return ($"MTUS {document} {topic.Topic} Page(s): {topic.Pages}.", new GuidelineCitation("MTUS", document, topic.Topic, topic.Pages, citedBy));
    }

    private static (string, GuidelineCitation) RegulatedLine(string document, string? topic, string? pages, CitedBy citedBy, EditionsInForce editions)
    {
        var (effective, edition, total) = Regulation(document, editions);
        var topicText = topic is null ? "" : topic + " ";
        return ($"MTUS {document} {ChronicPainRegulation} MTUS ({effective}) {topicText}Page(s): {pages}{Of(total)}.", Regulated(document, topic, pages, citedBy, edition, total));
    }

    /// <summary>
    /// The effective date a regulated line names (its document's edition in force) and the page total, which only the
    /// 2009 chronic pain guideline's 127 pages are cited with.
    /// </summary>
    private static (string Effective, GuidelineEdition Edition, int? Total) Regulation(string document, EditionsInForce editions)
    {
        var (text, edition) = editions.EffectiveOf(document) ?? ("Effective July 18, 2009", ChronicPain2009);
        return (text, edition, document == ChronicPainDocument && edition == ChronicPain2009 ? ChronicPainPageTotal : null);
    }

    private static string Of(int? total) => total is { } pages ? $" of {pages}" : "";

    private static GuidelineCitation Regulated(string document, string? topic, string? pages, CitedBy citedBy, GuidelineEdition edition, int? total) =>
        new("MTUS", document, topic, pages, citedBy, ChronicPainRegulation, edition, total);

    private static (string Text, GuidelineCitation Citation) WriteOne(GuidelineTopic topic, CitedBy citedBy, CitationStyle style, LetterRandom random, EditionsInForce editions)
    {
        return topic.Book switch
        {
            GuidelineBook.ChronicPain => ChronicPain(topic, citedBy, style, random, editions),
            GuidelineBook.Acoem => Acoem(topic, citedBy, style, random, editions),
            GuidelineBook.Acupuncture => Acupuncture(citedBy, style, random, editions),
            GuidelineBook.Postsurgical => Postsurgical(topic, citedBy, style, editions),
            GuidelineBook.Odg => Odg(topic, citedBy, random),
            GuidelineBook.AcoemOnline => AcoemOnline(topic, citedBy),
            _ => ($"Non-MTUS Citation {topic.Topic}", new GuidelineCitation("Other", topic.Topic!, null, null, citedBy)),
        };
    }

    private static (string, GuidelineCitation) ChronicPain(GuidelineTopic topic, CitedBy citedBy, CitationStyle style, LetterRandom random, EditionsInForce editions)
    {
        var document = editions.ChronicPainDocumentFor(topic.Topic);
        if (style == CitationStyle.Regulated)
        {
            // The line may name no topic, only the pages.
            return RegulatedLine(document, random.Chance(0.2) ? null : topic.Topic, topic.Pages, citedBy, editions);
        }

        if (style == CitationStyle.Paged)
        {
            // Both draws are made whichever guideline is cited, so the rest of the letter does not depend on the date.
            var pickedName = random.Pick(["Chronic Pain Treatment Guidelines", "Chronic Pain Medical Treatment Guidelines", "Chronic Pain Treatment Guidelines"]);
            var name = document == ChronicPainDocument ? pickedName : document;
            var topicWord = random.Chance(0.15) ? " topic" : "";
            return ($"MTUS {name} {topic.Topic}{topicWord} Page(s): {topic.Pages}.",
                new GuidelineCitation("MTUS", document, topic.Topic, topic.Pages, citedBy));
        }

        var written = document == ChronicPainDocument ? "Chronic Pain Medical Treatment" : document;
        var year = editions.YearOf(document, 2009);
        if (citedBy == CitedBy.ClaimsAdministrator && random.Chance(0.25))
        {
            return ($"MTUS {written} {year}.", new GuidelineCitation("MTUS", document, null, null, citedBy, Edition: Year(year)));
        }

        if (random.Chance(0.4))
        {
            return ($"MTUS {written} {year}, Section(s): {topic.Topic} Page(s): {topic.Pages}.",
                new GuidelineCitation("MTUS", document, topic.Topic, topic.Pages, citedBy, Edition: Year(year)));
        }

        return ($"MTUS {written} {year}, Section(s): {topic.Topic}.",
            new GuidelineCitation("MTUS", document, topic.Topic, null, citedBy, Edition: Year(year)));
    }

    private static (string, GuidelineCitation) Acoem(GuidelineTopic topic, CitedBy citedBy, CitationStyle style, LetterRandom random, EditionsInForce editions)
    {
        var document = $"ACOEM Chapter {topic.ChapterNumber} {topic.ChapterTitle}";
        if (style != CitationStyle.Sectioned)
        {
            return random.Next(10) switch
            {
                < 6 => ($"MTUS ACOEM Chapter {topic.ChapterNumber} {topic.ChapterTitle} Page(s): {topic.Pages}.",
                    new GuidelineCitation("MTUS", document, null, topic.Pages, citedBy)),
                < 8 => ($"MTUS ACOEM Page(s): {topic.Pages}.", new GuidelineCitation("MTUS", "ACOEM", null, topic.Pages, citedBy)),
                _ => ($"MTUS ACOEM Chapter {topic.ChapterNumber} {topic.ChapterTitle}.", new GuidelineCitation("MTUS", document, null, null, citedBy)),
            };
        }

        // The chapter's edition in force: the 2004 text until December 2017, the ACOEM-based updates after.
        var year = editions.YearOf(document, 2004);
        if (random.Chance(0.3))
        {
            return ($"MTUS {topic.ChapterTitle} {year}.", new GuidelineCitation("MTUS", document, null, null, citedBy, Edition: Year(year)));
        }

        return ($"MTUS {topic.ChapterTitle} {year}, Section(s): {topic.Topic}.", new GuidelineCitation("MTUS", document, topic.Topic, null, citedBy, Edition: Year(year)));
    }

    private static (string, GuidelineCitation) Acupuncture(CitedBy citedBy, CitationStyle style, LetterRandom random, EditionsInForce editions)
    {
        var year = editions.YearOf(AcupunctureDocument, 2007);
        return style != CitationStyle.Sectioned
            ? (random.Pick(["MTUS Acupuncture Treatment Guidelines.", "MTUS Acupuncture Medical Treatment Guidelines."]), new GuidelineCitation("MTUS", AcupunctureDocument, null, null, citedBy))
            : ($"MTUS Acupuncture Medical Treatment {year}.", new GuidelineCitation("MTUS", AcupunctureDocument, null, null, citedBy, Edition: Year(year)));
    }

    private static (string, GuidelineCitation) Postsurgical(GuidelineTopic topic, CitedBy citedBy, CitationStyle style, EditionsInForce editions)
    {
        if (style != CitationStyle.Sectioned && topic.Pages is not null)
        {
            return ($"MTUS Postsurgical Treatment Guidelines Page(s): {topic.Pages}.",
                new GuidelineCitation("MTUS", PostsurgicalDocument, null, topic.Pages, citedBy));
        }

        if (style == CitationStyle.Sectioned && topic.Topic is not null && topic.Topic != PostsurgicalDocument)
        {
            var year = editions.YearOf(PostsurgicalDocument, 2009);
            return ($"MTUS Postsurgical Treatment {year}, Section(s): {topic.Topic}.",
                new GuidelineCitation("MTUS", PostsurgicalDocument, topic.Topic, null, citedBy, Edition: Year(year)));
        }

        return ("MTUS Postsurgical Treatment Guidelines.", new GuidelineCitation("MTUS", PostsurgicalDocument, null, null, citedBy));
    }

    private static (string, GuidelineCitation) Odg(GuidelineTopic topic, CitedBy citedBy, LetterRandom random)
    {
        var chapter = topic.ChapterTitle ?? "Pain";
        return random.Next(10) switch
        {
            < 4 => ($"Non-MTUS Citation Official Disability Guidelines (ODG), {chapter} Chapter, {topic.Topic}.",
                new GuidelineCitation("ODG", OdgDocument, topic.Topic, null, citedBy)),
            < 6 => ($"Non-MTUS Citation ODG {chapter}, {topic.Topic}",
                new GuidelineCitation("ODG", OdgDocument, topic.Topic, null, citedBy)),
            < 8 => ($"Non-MTUS Citation Official Disability Guidelines: {topic.Topic}",
                new GuidelineCitation("ODG", OdgDocument, topic.Topic, null, citedBy)),
            8 => ("Non-MTUS Citation Official Disability Guidelines - Work Loss Data Institute, ODG Treatment in Workers Compensation",
                new GuidelineCitation("ODG", OdgDocument, null, null, citedBy)),
            _ => ($"Non-MTUS Citation ODG (http://www.odg-twc.com/{OdgFile(chapter)}.htm",
                new GuidelineCitation("ODG", OdgDocument, null, null, citedBy)),
        };
    }

    private static (string, GuidelineCitation) AcoemOnline(GuidelineTopic topic, CitedBy citedBy) =>
        ($"Non-MTUS Citation ACOEM https://www.acoempracguides.org/{topic.Topic}; Table 2 Summary of Recommendations, {topic.Topic} Disorders",
            new GuidelineCitation("ACOEM", AcoemOnlineDocument, topic.Topic, null, citedBy));

    private static GuidelineEdition Year(int year) => new(year, null);

    private static string OdgFile(string chapter) => chapter switch
    {
        "Low Back" => "lowback",
        "Neck and Upper Back" => "neck",
        "Knee & Leg" => "knee",
        "Forearm, Wrist, & Hand" => "forearm",
        "Ankle & Foot" => "ankle",
        "Hip & Pelvis" => "hip",
        "Mental Illness & Stress" => "stress",
        _ => chapter.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal),
    };
}
