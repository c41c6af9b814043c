using System.Text;
using System.Text.RegularExpressions;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Parsing;

/// <summary>
/// Reads the citations out of a guideline paragraph, one per "Decision based on ..." clause.
/// </summary>
/// <remarks>
/// The source follows the legal standing the letter gives the citation, so a facet on it answers "was this decided on
/// the MTUS?": a clause "based on MTUS" is MTUS, including the ACOEM 2004 chapters the MTUS adopted (their document
/// name still says ACOEM, e.g. "ACOEM Chapter 12 Low Back Complaints"); a "Non-MTUS Citation" is ODG when it cites the
/// Official Disability Guidelines, ACOEM when it cites a later ACOEM edition, and Other for anything else (literature,
/// other guidelines). Clauses that name no family (older letters) are MTUS when they name an MTUS document, ODG or
/// ACOEM by name (ACOEM 2004 / 2nd edition / a chapter number counts as MTUS), else Other.
/// </remarks>
public static partial class GuidelineCitationParser
{
    public const string Mtus = "MTUS";
    public const string Acoem = "ACOEM";
    public const string Odg = "ODG";
    public const string Other = "Other";

    public static IReadOnlyList<GuidelineCitation> Parse(string paragraph, CitedBy citedBy, GuidelineDocumentVocabulary documents)
    {
        var citations = new List<GuidelineCitation>();
        var starts = ClauseStart().Matches(paragraph);
        if (starts.Count == 0)
        {
            // A bare citation ("MTUS Chronic Pain Medical Treatment Guidelines, page 98") is one clause.
            if (paragraph.Length <= 400 && (MtusName().IsMatch(paragraph) || OdgName().IsMatch(paragraph) || AcoemName().IsMatch(paragraph))
                && ParseClause(paragraph, citedBy, documents) is { } bare)
            {
                citations.Add(bare);
            }

            return citations;
        }

        for (var i = 0; i < starts.Count; i++)
        {
            var begin = starts[i].Index + starts[i].Length;
            var end = i + 1 < starts.Count ? starts[i + 1].Index : paragraph.Length;
            if (ParseClause(paragraph[begin..end], citedBy, documents) is { } citation)
            {
                citations.Add(citation);
            }
        }

        return citations;
    }

    private static GuidelineCitation? ParseClause(string clause, CitedBy citedBy, GuidelineDocumentVocabulary documents)
    {
        // A clause is its first sentence: what follows ("... and why: the guideline recommends ...") is argument.
        var sentenceEnd = SentenceEnd().Match(clause);
        if (sentenceEnd.Success)
        {
            clause = clause[..sentenceEnd.Index];
        }

        clause = PartOfMtus().Replace(clause, "").Trim();
        var nonMtus = NonMtusPrefix().Match(clause);
        var body = nonMtus.Success ? clause[nonMtus.Length..] : clause;
        if (body.Trim().Trim('.', ',', ';', ':').Length == 0)
        {
            return null;
        }

        var source = SourceOf(body, nonMtus.Success);
        var pagesMatch = Pages().Match(body);
        var pages = pagesMatch.Success ? pagesMatch.Groups["pages"].Value.Trim() : null;

        var scope = source == Other ? null : source;
        var found = scope is null ? null : documents.Find(body, scope);
        if (scope is not null && found is null && documents.Fallback(scope) is { } fallback)
        {
            found = new GuidelineDocumentMatch(fallback, []);
        }

        if (found is null)
        {
            var written = Tidy(pagesMatch.Success ? body.Remove(pagesMatch.Index, pagesMatch.Length) : body);
            return written.Length == 0 ? null : new GuidelineCitation(source, Truncate(written, 160), null, pages, citedBy);
        }

        var topic = Topic(body, found.Spans, pagesMatch);
        return new GuidelineCitation(source, found.Document.Name, topic, pages, citedBy);
    }

    private static string SourceOf(string body, bool nonMtus)
    {
        if (nonMtus)
        {
            return OdgName().IsMatch(body) ? Odg : AcoemName().IsMatch(body) ? Acoem : Other;
        }

        if (MtusName().IsMatch(body))
        {
            return Mtus;
        }

        if (OdgName().IsMatch(body))
        {
            return Odg;
        }

        if (AcoemName().IsMatch(body))
        {
            return AcoemAdoptedByMtus().IsMatch(body) ? Mtus : Acoem;
        }

        return Other;
    }

    /// <summary>What the clause says beyond its document, pages and boilerplate ("Manual Therapy &amp; Manipulation").</summary>
    private static string? Topic(string body, IReadOnlyList<(int Start, int End)> documentSpans, Match pages)
    {
        var kept = new StringBuilder(body);
        foreach (var (start, end) in documentSpans)
        {
            Blank(kept, start, end);
        }

        if (pages.Success)
        {
            Blank(kept, pages.Index, pages.Index + pages.Length);
        }

        var text = Url().Replace(kept.ToString(), " ");
        text = TopicBoilerplate().Replace(text, " ");
        var topic = Tidy(text);
        return topic.Length == 0 ? null : Truncate(topic, 160);
    }

    private static void Blank(StringBuilder text, int start, int end)
    {
        for (var i = start; i < end && i < text.Length; i++)
        {
            text[i] = ' ';
        }
    }

    /// <summary>Collapses spaces, drops unmatched brackets and trims separators left at either end.</summary>
    private static string Tidy(string text)
    {
        var collapsed = Spaces().Replace(text, " ");
        var opens = collapsed.Count(c => c == '(');
        var closes = collapsed.Count(c => c == ')');
        if (opens != closes)
        {
            collapsed = collapsed.Replace("(", " ").Replace(")", " ");
            collapsed = Spaces().Replace(collapsed, " ");
        }

        collapsed = SpaceBeforePunctuation().Replace(collapsed, "$1");
        return collapsed.Trim(' ', ',', ';', ':', '.', '-', '–', '/', '&');
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";

    [GeneratedRegex(@"(?<=[a-z0-9)\]])\.\s+(?=[A-Z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\brel(?:y|ied|ies|ying)\s+(?:up)?on\s+(?:the\s+)?|\bDecision\s+based\s+on\s+|\bbased\s+(?:its|his/her|his|her|their|the)\s+(?:decision|determination)s?\s+(?:up)?on\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseStart();

    [GeneratedRegex(@"^\s*Non-?\s*MTUS(?:\s+Citations?)?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NonMtusPrefix();

    [GeneratedRegex(@",?\s*which\s+(?:is|are)\s+(?:a\s+)?part\s+of\s+the\s+(?:California\s+)?(?:Medical\s+Treatment\s+Utilization\s+Schedule|MTUS)(?:\s*\(MTUS\))?\.?", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfMtus();

    [GeneratedRegex(@"\bMTUS\b|Medical\s+Treatment\s+Utilization\s+Schedule|Chronic\s+Pain\s+Medical\s+Treatment|Postsurgical\s+Treatment|Acupuncture\s+Medical\s+Treatment|\b9792\.\d", RegexOptions.IgnoreCase)]
    private static partial Regex MtusName();

    [GeneratedRegex(@"\bODG\b|Official\s+Disability\s+Guidelines?|odg-twc|Work\s+Loss\s+Data", RegexOptions.IgnoreCase)]
    private static partial Regex OdgName();

    [GeneratedRegex(@"\bACOEM\b|acoempracguides|American\s+College\s+of\s+Occupational", RegexOptions.IgnoreCase)]
    private static partial Regex AcoemName();

    [GeneratedRegex(@"\b2004\b|2nd\s+Edition|Second\s+Edition|\bChapter\s+(?:[2-9]|1[0-5])\b", RegexOptions.IgnoreCase)]
    private static partial Regex AcoemAdoptedByMtus();

    /// <summary>"Page(s): 58-59", "Page(s): Table 8-8, 182", "pages 177-178, 303-304", "p. 58".</summary>
    [GeneratedRegex(@"\b(?:Page\(s\)|Pages?|pp?\.)\s*:?\s*(?<pages>(?:Table\s+\d+-\d+|\d+(?:\s*[-–]\s*\d+)?)(?:\s*[,;]\s*(?:Table\s+\d+-\d+|\d+(?:\s*[-–]\s*\d+)?))*)", RegexOptions.IgnoreCase)]
    private static partial Regex Pages();

    [GeneratedRegex(@"\(?(?:https?://|www\.)[^\s;,)]*(?:\s+[A-Z][a-z]+(?=[;,]))?\)?|\S+\.html?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\bSections?(?:\(s\))?\s*:|\btopics?\b|\bCitations?\b|\bNon-?MTUS\b|\bMTUS\b|\bChapter\b|\b(?:19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex TopicBoilerplate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,;:.)])")]
    private static partial Regex SpaceBeforePunctuation();
}
