namespace ImrSearch.Index;

/// <summary>
/// The index format, declared once: every field name, which fields are analyzed, and the facet dimensions.
/// The writer and the searcher both read these; no other code spells a field name.
/// </summary>
/// <remarks>
/// One Lucene document per decided item (<see cref="KindItem"/>), plus one per letter (<see cref="KindCase"/>) that
/// stores the whole determination once, for the case page and for incremental builds.
/// </remarks>
public static class IndexSchema
{
    /// <summary>
    /// Raised whenever what a field holds changes meaning; an index built with another version is re-indexed whole
    /// by the next build.
    /// </summary>
    public const int FormatVersion = 7;

    /// <summary>Keyword: <see cref="KindItem"/> or <see cref="KindCase"/>. Every search filters on it.</summary>
    public const string Kind = "kind";
    public const string KindItem = "item";
    public const string KindCase = "case";

    // Identity (keyword, stored; CaseId also sorted doc values for sort by case).
    public const string CaseId = "caseId";
    /// <summary>Stored int and numeric doc values on item documents: the item's position in its letter.</summary>
    public const string ItemIndex = "itemIndex";
    /// <summary>
    /// The letter's path relative to the corpus ('/' separators): a stored keyword on every document of the letter,
    /// the key by which a build replaces or deletes them together (the case id may change when a letter is edited);
    /// also binary doc values on the case document.
    /// </summary>
    public const string Source = "source";
    /// <summary>
    /// On the case document, stored and as binary doc values (like <see cref="Source"/> there): SHA-256 of the
    /// letter's bytes, read by incremental builds without touching the stored JSON.
    /// </summary>
    public const string ContentHash = "contentHash";
    /// <summary>Stored on the case document: the whole determination as JSON.</summary>
    public const string DeterminationJson = "determinationJson";

    // Analyzed text (ImrAnalyzer), indexed with positions and offsets and not stored: the text lives once, in the
    // case document's determination JSON; item documents store only CaseId, Source, ItemIndex.
    public const string Item = "item";
    public const string Rationale = "rationale";
    /// <summary>
    /// The letter's summary, indexed once per letter on its case document (one of <see cref="LetterTextFields"/>);
    /// a query on it matches every item of the letter.
    /// </summary>
    public const string Summary = "summary";
    /// <summary>Both guideline paragraphs of the item.</summary>
    public const string GuidelineText = "guidelineText";

    /// <summary>
    /// Text fields of the whole letter, indexed on the case document only rather than on each of its items: a query
    /// on one reaches the items through <see cref="ItemCount"/> (the summary was a third of the text indexed per
    /// item, repeated on every item of the letter).
    /// </summary>
    public static readonly IReadOnlySet<string> LetterTextFields = new HashSet<string>(StringComparer.Ordinal) { Summary };

    /// <summary>
    /// Numeric doc values on the case document: how many item documents precede it in its letter's block, so the
    /// items of a case document matched on a <see cref="LetterTextFields"/> field are found without a search.
    /// </summary>
    public const string ItemCount = "itemCount";

    // Sorting and ranges.
    /// <summary>Numeric doc values: decision date as yyyymmdd (0 when unknown), for "newest" sort.</summary>
    public const string DecisionDateSort = "decisionDateSort";
    /// <summary>Indexed int (not stored, <see cref="NumericPrecisionStep"/>): decision year, for year:[2014 TO 2015]; absent when unknown.</summary>
    public const string Year = "year";

    /// <summary>
    /// The precision step of every indexed int (<see cref="Year"/> and the dates): one term per value. Lucene's default
    /// (4) adds seven lower-precision terms per value to speed up wide ranges over many distinct values; a year range
    /// enumerates a few dozen years at most, and date ranges are tested from keys read per segment, never from terms.
    /// </summary>
    public const int NumericPrecisionStep = int.MaxValue;

    // Date ranges: indexed ints (not stored, NumericPrecisionStep) as yyyymmdd, absent when the letter does not state
    // the date. The decision date has no field of its own: ranges read it from DecisionDateSort.
    /// <summary>The patient's date of injury.</summary>
    public const string InjuredDate = "injuredDate";
    /// <summary>The date the IMR application was received, else the date it was assigned.</summary>
    public const string ReceivedDate = "receivedDate";

    /// <summary>
    /// Sorted-set doc values on item documents: each of the IMR organization's citations as a
    /// <see cref="CitationKey"/>, for the guideline citations page (not a sidebar facet: too many distinct values).
    /// </summary>
    public const string Citation = "citation";

    public static readonly FacetDimension Decision = FacetDimension.Create("decision", "Decision");
    public static readonly FacetDimension Treatment = FacetDimension.Create("treatment", "Treatment");
    public static readonly FacetDimension BodyRegion = FacetDimension.Create("bodyRegion", "Body region");
    public static readonly FacetDimension Specialty = FacetDimension.Create("specialty", "Reviewer specialty");
    public static readonly FacetDimension Guideline = FacetDimension.Create("guideline", "Guideline cited");
    public static readonly FacetDimension GuidelineSource = FacetDimension.Create("guidelineSource", "Guideline source");
    public static readonly FacetDimension Licensure = FacetDimension.Create("licensure", "Reviewer licensure");
    public static readonly FacetDimension InjuryYear = FacetDimension.Create("injuryYear", "Injury year");
    public static readonly FacetDimension DecisionYear = FacetDimension.Create("decisionYear", "Decision year");
    public static readonly FacetDimension AgeBand = FacetDimension.Create("ageBand", "Patient age");
    public static readonly FacetDimension Sex = FacetDimension.Create("sex", "Patient sex");
    /// <summary>The whole letter's outcome on every item of it: all upheld, partly overturned, all overturned.</summary>
    public static readonly FacetDimension CaseOutcome = FacetDimension.Create("caseOutcome", "Case outcome");
    /// <summary>The edition of each IMR-cited guideline applied (guideline-editions.tsv), as "document, edition".</summary>
    public static readonly FacetDimension GuidelineEdition = FacetDimension.Create("guidelineEdition", "Guideline edition");
    /// <summary>
    /// Whether the editions an item applied are all still current (<see cref="GuidelineStatusCurrent"/>) or one has
    /// been replaced since (<see cref="GuidelineStatusReplaced"/>); absent when no cited edition is known.
    /// </summary>
    public static readonly FacetDimension GuidelineStatus = FacetDimension.Create("guidelineStatus", "Guideline editions");
    public const string GuidelineStatusCurrent = "Current guidelines";
    public const string GuidelineStatusReplaced = "Since-replaced guideline";

    /// <summary>Every facet dimension, in the order the site shows them.</summary>
    public static readonly IReadOnlyList<FacetDimension> FacetDimensions =
    [
        Decision, CaseOutcome, Treatment, BodyRegion, Specialty, Guideline, GuidelineSource, GuidelineEdition, GuidelineStatus,
        Licensure, DecisionYear, InjuryYear, AgeBand, Sex,
    ];

    public static FacetDimension? FindDimension(string name) =>
        FacetDimensions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
