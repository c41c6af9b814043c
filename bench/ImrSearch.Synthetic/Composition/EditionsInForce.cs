using System.Globalization;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Synthetic.Composition;

/// <summary>
/// The guideline editions a letter decided on a date cites, read from the indexer's own <c>guideline-editions.tsv</c>
/// so the corpus and the index never disagree on a date. A function of the date alone: choosing an edition draws
/// nothing from the letter's random source, so the rest of a letter is the same whatever its editions.
/// </summary>
public sealed class EditionsInForce
{
    public const string OpioidsDocument = "Opioids Treatment Guidelines";
    public const string FormularyDocument = "MTUS Drug Formulary";

    private readonly GuidelineEditionVocabulary editions;

    public EditionsInForce(DateOnly decided, GuidelineEditionVocabulary editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        Decided = decided;
        this.editions = editions;
    }

    public DateOnly Decided { get; }

    /// <summary>The editions of the shipped file on a date.</summary>
    public static EditionsInForce On(DateOnly decided) => new(decided, GuidelineEditionVocabulary.Default);

    /// <summary>The document's edition in force, or null when the file does not version it or it was not yet adopted.</summary>
    public ScheduleEdition? Of(string document) => editions.InForce(document, Decided);

    /// <summary>
    /// Where a chronic pain topic is looked up: opioid topics in the opioids guideline once one is in force (the 2016
    /// guideline took them out of the chronic pain guideline), everything else in the chronic pain guideline.
    /// </summary>
    public string ChronicPainDocumentFor(string? topic) =>
        topic is not null && topic.StartsWith("Opioid", StringComparison.OrdinalIgnoreCase) && Of(OpioidsDocument) is not null
            ? OpioidsDocument
            : CitationWriter.ChronicPainDocument;

    /// <summary>Whether a drug request is decided under the drug formulary as well (January 2018 on).</summary>
    public bool HasFormulary => Of(FormularyDocument) is not null;

    /// <summary>The year a letter names the document's edition by ("Low Back Complaints 2016"), or the fallback when unversioned.</summary>
    public int YearOf(string document, int fallback) => Of(document)?.Years[0] ?? fallback;

    /// <summary>"Effective July 18, 2009" and the edition a parser reads from it, for the document's edition in force.</summary>
    public (string Text, GuidelineEdition Edition)? EffectiveOf(string document) =>
        Of(document) is { } edition
            ? ("Effective " + edition.Effective.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture), new GuidelineEdition(edition.Effective.Year, edition.Effective))
            : null;
}
