using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>
/// The patterns a guideline citation is read with. Every one runs on the non-backtracking engine, so its cost is
/// linear in the text whatever the text holds (a letter repeating a phrase thousands of times included); the timeout is
/// a last guard that should never fire. Digits are ASCII only (<c>[0-9]</c>, never <c>\d</c>), so every number read
/// here parses as a number. None uses look-arounds, which that engine does not support: what they said is checked in
/// code.
/// </summary>
internal static class CitationPatterns
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private const string Months =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    /// <summary>Where a citation clause begins: "Decision based on", "relied upon the", "based his/her decision on".</summary>
    public static readonly Regex ClauseStart = Create(
        @"\brel(?:y|ied|ies|ying)\s+(?:up)?on\s+(?:the\s+)?|\bDecision\s+based\s+on\s+|\bbased\s+(?:its|his/her|his|her|their|the)\s+(?:decision|determination)s?\s+(?:up)?on\s+(?:the\s+)?");

    public static readonly Regex NonMtusPrefix = Create(@"^\s*Non-?\s*MTUS(?:\s+Citations?)?\s*:?\s*");

    public static readonly Regex PartOfMtus = Create(
        @",?\s*which\s+(?:is|are)\s+(?:a\s+)?part\s+of\s+the\s+(?:California\s+)?(?:Medical\s+Treatment\s+Utilization\s+Schedule|MTUS)(?:\s*\(MTUS\))?\.?");

    public static readonly Regex MtusName = Create(
        @"\bMTUS\b|Medical\s+Treatment\s+Utilization\s+Schedule|Chronic\s+Pain\s+Medical\s+Treatment|Postsurgical\s+Treatment|Acupuncture\s+Medical\s+Treatment|\b9792\.[0-9]");

    public static readonly Regex OdgName = Create(@"\bODG\b|Official\s+Disability\s+Guidelines?|odg-twc|Work\s+Loss\s+Data");

    public static readonly Regex AcoemName = Create(@"\bACOEM\b|acoempracguides|American\s+College\s+of\s+Occupational");

    public static readonly Regex AcoemAdoptedByMtus = Create(@"\b2004\b|2nd\s+Edition|Second\s+Edition|\bChapter\s+(?:[2-9]|1[0-5])\b");

    /// <summary>
    /// One topic's pages: "Page(s): 93-94, 113", "Page(s): Table 8-8, 182", "pages 177-178 and 303-304", "p. 58", and
    /// the document's page total after them ("Page(s): 16-19, 49 of 127"). A ';' followed by a page continues the
    /// list; followed by words it ends it, and the words are the next topic.
    /// </summary>
    public static readonly Regex Pages = Create(
        @"\b(?:Page\s*\(s\)|Pages?|pp?\.)\s*:?\s*(?<pages>" + Page + @"(?:(?:\s*[,;]\s*|\s+and\s+)" + Page + @")*)(?:\s*,?\s+of\s+(?<total>[0-9]{1,6})\b)?");

    private const string Page = @"(?:Tables?\s+[0-9]{1,3}\s*-\s*[0-9]{1,3}|[0-9]{1,6}(?:\s*[-–]\s*[0-9]{1,6})?)";

    /// <summary>
    /// The edition a line names by its effective date, in parentheses or not: "(Effective July 18, 2009)",
    /// "effective 7/18/2009", "Effective date: December 2017", "Effective 2009".
    /// </summary>
    public static readonly Regex EffectiveEdition = Create(
        @"(?<open>\(\s*)?\b(?:Effective|Eff\.)(?:\s+date)?\s*:?\s*(?:(?<month>" + Months + @")\.?\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<year>[0-9]{4})|(?<m>[0-9]{1,2})[/-](?<d>[0-9]{1,2})[/-](?<y>[0-9]{4})|(?<monthOnly>" + Months + @")\.?,?\s+(?<monthYear>[0-9]{4})|(?<yearOnly>[0-9]{4}))(?<close>\s*\))?");

    /// <summary>A year standing alone, as a line names an edition: "Chronic Pain Medical Treatment 2009", "2007 ACOEM".</summary>
    public static readonly Regex EditionYear = Create(@"\b(?:19[5-9][0-9]|20[0-9][0-9])\b");

    /// <summary>
    /// The regulation a line cites: "8 C.C.R. 9792.20 - 9792.26", "8 CCR §9792.24.2", "Title 8, California Code of
    /// Regulations, section 9792.20", "Cal. Code Regs., tit. 8, § 9792.21".
    /// </summary>
    public static readonly Regex Regulation = Create(
        @"\b(?:(?<title>[0-9]{1,2})\s*C\.?\s*C\.?\s*R\b\.?|(?:Title|tit\.)\s*(?<title>[0-9]{1,2}),?\s*(?:of\s+the\s+)?" + CodeName + @"|" + CodeName + @",?\s*(?:Title|tit\.)\s*(?<title>[0-9]{1,2}))"
        + @"(?:,?\s*(?:§+|Sections?|Sec\.)?\s*(?<from>" + Section + @")(?:\s*(?:-|–|—|to|through)\s*§*\s*(?<to>" + Section + @"))?)?");

    private const string CodeName = @"(?:California\s+Code\s+of\s+Regulations|Cal(?:\.|ifornia)?\s*Code\s*(?:of\s*)?Regs?\.?|C\.?\s*C\.?\s*R\b\.?)";

    private const string Section = @"9[0-9]{3}(?:\.[0-9]{1,3}){1,3}[a-z]?";

    /// <summary>Words that name the kind of reference, not its topic.</summary>
    public static readonly Regex TopicBoilerplate = Create(
        @"\bSections?(?:\(s\))?\s*:|\btopics?\b|\bCitations?\b|\bNon-?MTUS\b|\bMTUS\b|\bChapter\b|\b(?:19|20)[0-9][0-9]\b|\bPage\s*\(s\)\s*:?");

    private static Regex Create(string pattern) => new(pattern, Options, Timeout);
}
