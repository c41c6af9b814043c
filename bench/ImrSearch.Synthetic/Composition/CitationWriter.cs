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
    /// </summary>
    public static (string Text, IReadOnlyList<GuidelineCitation> Citations) Write(
        GuidelineTopic topic, CitedBy citedBy, CitationStyle style, LetterRandom random, GuidelineTopic? second = null)
    {
        if (topic.Book == GuidelineBook.ChronicPain && style != CitationStyle.Sectioned && second is { Book: GuidelineBook.ChronicPain, Topic: not null, Pages: not null }
            && second.Topic != topic.Topic && random.Chance(0.3))
        {
            return TwoTopics(topic, second, citedBy, style);
        }

        var (text, citation) = WriteOne(topic, citedBy, style, random);
        return (text, [citation]);
    }

    private static (string, IReadOnlyList<GuidelineCitation>) TwoTopics(GuidelineTopic first, GuidelineTopic second, CitedBy citedBy, CitationStyle style)
    {
        if (style == CitationStyle.Regulated)
        {
            return ($"MTUS {ChronicPainDocument} {ChronicPainRegulation} MTUS (Effective July 18, 2009) {first.Topic} Page(s): {first.Pages}; {second.Topic} Page(s): {second.Pages} of {ChronicPainPageTotal}.",
                [Regulated(first.Topic, first.Pages, citedBy), Regulated(second.Topic, second.Pages, citedBy)]);
        }

        return ($"MTUS {ChronicPainDocument} {first.Topic} Page(s): {first.Pages}; {second.Topic} Page(s): {second.Pages}.",
            [new GuidelineCitation("MTUS", ChronicPainDocument, first.Topic, first.Pages, citedBy), new GuidelineCitation("MTUS", ChronicPainDocument, second.Topic, second.Pages, citedBy)]);
    }

    private static GuidelineCitation Regulated(string? topic, string? pages, CitedBy citedBy) =>
        new("MTUS", ChronicPainDocument, topic, pages, citedBy, ChronicPainRegulation, ChronicPain2009, ChronicPainPageTotal);

    private static (string Text, GuidelineCitation Citation) WriteOne(GuidelineTopic topic, CitedBy citedBy, CitationStyle style, LetterRandom random)
    {
        return topic.Book switch
        {
            GuidelineBook.ChronicPain => ChronicPain(topic, citedBy, style, random),
            GuidelineBook.Acoem => Acoem(topic, citedBy, style, random),
            GuidelineBook.Acupuncture => Acupuncture(citedBy, style, random),
            GuidelineBook.Postsurgical => Postsurgical(topic, citedBy, style),
            GuidelineBook.Odg => Odg(topic, citedBy, random),
            GuidelineBook.AcoemOnline => AcoemOnline(topic, citedBy),
            _ => ($"Non-MTUS Citation {topic.Topic}", new GuidelineCitation("Other", topic.Topic!, null, null, citedBy)),
        };
    }

    private static (string, GuidelineCitation) ChronicPain(GuidelineTopic topic, CitedBy citedBy, CitationStyle style, LetterRandom random)
    {
        if (style == CitationStyle.Regulated)
        {
            // The line may name no topic, only the pages.
            return random.Chance(0.2)
                ? ($"MTUS {ChronicPainDocument} {ChronicPainRegulation} MTUS (Effective July 18, 2009) Page(s): {topic.Pages} of {ChronicPainPageTotal}.", Regulated(null, topic.Pages, citedBy))
                : ($"MTUS {ChronicPainDocument} {ChronicPainRegulation} MTUS (Effective July 18, 2009) {topic.Topic} Page(s): {topic.Pages} of {ChronicPainPageTotal}.", Regulated(topic.Topic, topic.Pages, citedBy));
        }

        if (style == CitationStyle.Paged)
        {
            var name = random.Pick(["Chronic Pain Treatment Guidelines", "Chronic Pain Medical Treatment Guidelines", "Chronic Pain Treatment Guidelines"]);
            var topicWord = random.Chance(0.15) ? " topic" : "";
            return ($"MTUS {name} {topic.Topic}{topicWord} Page(s): {topic.Pages}.",
                new GuidelineCitation("MTUS", ChronicPainDocument, topic.Topic, topic.Pages, citedBy));
        }

        if (citedBy == CitedBy.ClaimsAdministrator && random.Chance(0.25))
        {
            return ("MTUS Chronic Pain Medical Treatment 2009.", new GuidelineCitation("MTUS", ChronicPainDocument, null, null, citedBy, Edition: Year(2009)));
        }

        if (random.Chance(0.4))
        {
            return ($"MTUS Chronic Pain Medical Treatment 2009, Section(s): {topic.Topic} Page(s): {topic.Pages}.",
                new GuidelineCitation("MTUS", ChronicPainDocument, topic.Topic, topic.Pages, citedBy, Edition: Year(2009)));
        }

        return ($"MTUS Chronic Pain Medical Treatment 2009, Section(s): {topic.Topic}.",
            new GuidelineCitation("MTUS", ChronicPainDocument, topic.Topic, null, citedBy, Edition: Year(2009)));
    }

    private static (string, GuidelineCitation) Acoem(GuidelineTopic topic, CitedBy citedBy, CitationStyle style, LetterRandom random)
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

        if (random.Chance(0.3))
        {
            return ($"MTUS {topic.ChapterTitle} 2004.", new GuidelineCitation("MTUS", document, null, null, citedBy, Edition: Year(2004)));
        }

        return ($"MTUS {topic.ChapterTitle} 2004, Section(s): {topic.Topic}.", new GuidelineCitation("MTUS", document, topic.Topic, null, citedBy, Edition: Year(2004)));
    }

    private static (string, GuidelineCitation) Acupuncture(CitedBy citedBy, CitationStyle style, LetterRandom random)
    {
        return style != CitationStyle.Sectioned
            ? (random.Pick(["MTUS Acupuncture Treatment Guidelines.", "MTUS Acupuncture Medical Treatment Guidelines."]), new GuidelineCitation("MTUS", AcupunctureDocument, null, null, citedBy))
            : ("MTUS Acupuncture Medical Treatment 2007.", new GuidelineCitation("MTUS", AcupunctureDocument, null, null, citedBy, Edition: Year(2007)));
    }

    private static (string, GuidelineCitation) Postsurgical(GuidelineTopic topic, CitedBy citedBy, CitationStyle style)
    {
        if (style != CitationStyle.Sectioned && topic.Pages is not null)
        {
            return ($"MTUS Postsurgical Treatment Guidelines Page(s): {topic.Pages}.",
                new GuidelineCitation("MTUS", PostsurgicalDocument, null, topic.Pages, citedBy));
        }

        if (style == CitationStyle.Sectioned && topic.Topic is not null && topic.Topic != PostsurgicalDocument)
        {
            return ($"MTUS Postsurgical Treatment 2009, Section(s): {topic.Topic}.",
                new GuidelineCitation("MTUS", PostsurgicalDocument, topic.Topic, null, citedBy, Edition: Year(2009)));
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
