using System.Text;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Parsing;

/// <summary>
/// Reads the citations out of a guideline paragraph, one clause per "Decision based on ...", one citation per topic.
/// </summary>
/// <remarks>
/// <para>The source follows the legal standing the letter gives the citation, so a facet on it answers "was this decided on
/// the MTUS?": a clause "based on MTUS" is MTUS, including the ACOEM 2004 chapters the MTUS adopted (their document
/// name still says ACOEM, e.g. "ACOEM Chapter 12 Low Back Complaints"); a "Non-MTUS Citation" is ODG when it cites the
/// Official Disability Guidelines, ACOEM when it cites a later ACOEM edition, and Other for anything else (literature,
/// other guidelines). Clauses that name no family (older letters) are MTUS when they name an MTUS document, ODG or
/// ACOEM by name (ACOEM 2004 / 2nd edition / a chapter number counts as MTUS), else Other.</para>
/// <para>Within a clause (<see cref="CitationLine"/>): the document comes from the guideline vocabulary; the regulation
/// ("8 C.C.R. 9792.20 - 9792.26"), the edition ("Effective July 18, 2009", or a year) and the page total ("of 127")
/// are fields of every citation of the clause; each "Page(s): ..." closes one topic ("Tramadol Page(s): 93-94, 113;
/// Opioids, criteria for use Page(s): 78-80" is two citations). Every scan is linear in the paragraph's length.</para>
/// </remarks>
public static class GuidelineCitationParser
{
    public const string Mtus = "MTUS";
    public const string Acoem = "ACOEM";
    public const string Odg = "ODG";
    public const string Other = "Other";

    /// <summary>Real paragraphs hold one to three clauses of one to three topics; more is a damaged or hostile letter,
    /// and keeping every piece would let one paragraph put thousands of citations in the index.</summary>
    public const int MaxClauses = 32;

    public const int MaxTopicsPerClause = 16;

    private const int MaxLength = 160;

    public static IReadOnlyList<GuidelineCitation> Parse(string paragraph, CitedBy citedBy, GuidelineDocumentVocabulary documents)
    {
        var citations = new List<GuidelineCitation>();
        var starts = CitationPatterns.ClauseStart.Matches(paragraph);
        if (starts.Count == 0)
        {
            // A bare citation ("MTUS Chronic Pain Medical Treatment Guidelines, page 98") is one clause.
            if (paragraph.Length <= 400
                && (CitationPatterns.MtusName.IsMatch(paragraph) || CitationPatterns.OdgName.IsMatch(paragraph) || CitationPatterns.AcoemName.IsMatch(paragraph)))
            {
                citations.AddRange(ParseClause(paragraph, citedBy, documents));
            }

            return citations;
        }

        for (var i = 0; i < starts.Count && i < MaxClauses; i++)
        {
            var begin = starts[i].Index + starts[i].Length;
            var end = i + 1 < starts.Count ? starts[i + 1].Index : paragraph.Length;
            citations.AddRange(ParseClause(paragraph[begin..end], citedBy, documents));
        }

        return citations;
    }

    private static List<GuidelineCitation> ParseClause(string clause, CitedBy citedBy, GuidelineDocumentVocabulary documents)
    {
        var citations = new List<GuidelineCitation>();
        clause = CitationPatterns.PartOfMtus.Replace(CitationText.FirstSentence(clause), "").Trim();
        var nonMtus = CitationPatterns.NonMtusPrefix.Match(clause);
        var body = nonMtus.Success ? clause[nonMtus.Length..] : clause;
        if (body.Trim().Trim('.', ',', ';', ':').Length == 0)
        {
            return citations;
        }

        var line = CitationLine.Read(body);
        var source = SourceOf(body, nonMtus.Success);
        var scope = source == Other ? null : source;
        var found = scope is null ? null : documents.Find(line.LookupText, scope);
        if (scope is not null && found is null && documents.Fallback(scope) is { } fallback)
        {
            found = new GuidelineDocumentMatch(fallback, []);
        }

        var pageTotal = line.PageGroups.Select(g => g.Total).FirstOrDefault(t => t is not null);
        if (found is null)
        {
            // Literature and other guidelines: the reference as written is the document.
            var written = CitationText.Tidy(Without(body, line.Blanked, 0, body.Length));
            var pages = line.PageGroups.Count == 0 ? null : string.Join(", ", line.PageGroups.Select(g => g.Pages));
            if (written.Length > 0)
            {
                citations.Add(new GuidelineCitation(source, CitationText.Truncate(written, MaxLength), null, pages, citedBy, line.Regulation, line.Edition, pageTotal));
            }

            return citations;
        }

        var edition = line.Edition ?? line.YearEdition;
        var blanked = line.Blanked.Concat(found.Spans).ToList();
        foreach (var (topic, pages) in Topics(body, line.PageGroups, blanked))
        {
            if (citations.Count > 0 && topic is null && pages is not null)
            {
                // "Page(s): 58; Page(s): 60": more pages of the topic before.
                var previous = citations[^1];
                citations[^1] = previous with { Pages = previous.Pages is null ? pages : previous.Pages + ", " + pages };
                continue;
            }

            citations.Add(new GuidelineCitation(source, found.Document.Name, topic, pages, citedBy, line.Regulation, edition, pageTotal));
        }

        return citations;
    }

    /// <summary>
    /// Each topic with its pages: the text before each page group back to the one before it (the first also holds
    /// the document); words after the last page group belong to the last topic.
    /// </summary>
    private static IEnumerable<(string? Topic, string? Pages)> Topics(string body, IReadOnlyList<PageGroup> groups, List<(int Start, int End)> blanked)
    {
        if (groups.Count == 0)
        {
            yield return (TopicOf(Without(body, blanked, 0, body.Length)), null);
            yield break;
        }

        var count = Math.Min(groups.Count, MaxTopicsPerClause);
        for (var i = 0; i < count; i++)
        {
            var from = i == 0 ? 0 : groups[i - 1].End;
            var text = Without(body, blanked, from, groups[i].Start);
            if (i == groups.Count - 1)
            {
                text += " " + Without(body, blanked, groups[i].End, body.Length);
            }

            yield return (TopicOf(text), groups[i].Pages.Length == 0 ? null : groups[i].Pages);
        }
    }

    /// <summary>What a stretch of the clause says beyond its document, pages and boilerplate ("Manual Therapy &amp; Manipulation").</summary>
    private static string? TopicOf(string text)
    {
        var topic = CitationText.Tidy(CitationPatterns.TopicBoilerplate.Replace(text, " "));
        return topic.Length == 0 ? null : CitationText.Truncate(topic, MaxLength);
    }

    /// <summary>body[from..to] with every blanked span inside it turned to spaces.</summary>
    private static string Without(string body, IReadOnlyList<(int Start, int End)> blanked, int from, int to)
    {
        if (to <= from)
        {
            return "";
        }

        var text = new StringBuilder(body, from, to - from, to - from);
        foreach (var (start, end) in blanked)
        {
            if (end > from && start < to)
            {
                CitationLine.Blank(text, start - from, end - from);
            }
        }

        return text.ToString();
    }

    private static string SourceOf(string body, bool nonMtus)
    {
        if (nonMtus)
        {
            return CitationPatterns.OdgName.IsMatch(body) ? Odg : CitationPatterns.AcoemName.IsMatch(body) ? Acoem : Other;
        }

        if (CitationPatterns.MtusName.IsMatch(body))
        {
            return Mtus;
        }

        if (CitationPatterns.OdgName.IsMatch(body))
        {
            return Odg;
        }

        if (CitationPatterns.AcoemName.IsMatch(body))
        {
            return CitationPatterns.AcoemAdoptedByMtus.IsMatch(body) ? Mtus : Acoem;
        }

        return Other;
    }
}
