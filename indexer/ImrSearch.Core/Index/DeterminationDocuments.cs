using ImrSearch.Domain;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ImrSearch.Index;

/// <summary>
/// Maps a determination to its Lucene documents: one per decided item, then one for the case.
/// </summary>
/// <remarks>
/// Item documents are for finding and counting: their text is indexed but not stored, and they store only the keys
/// of their case (case id, source, item index). The letter's own text (the summary) is indexed once, on the case
/// document, which records how many items precede it in the block (see <see cref="IndexSchema.LetterTextFields"/>).
/// What a hit shows comes from the case document's determination JSON (stored once per letter) or from the facet
/// doc values, which keeps the index smaller than the letters.
/// Every document carries the source as an indexed keyword so a letter's documents are replaced or deleted together.
/// </remarks>
public static class DeterminationDocuments
{
    /// <summary>Indexed with positions and offsets, not stored: what the searcher and highlighter need.</summary>
    public static readonly FieldType SearchText = CreateSearchText();

    /// <summary>An indexed int, not stored, one term per value (<see cref="IndexSchema.NumericPrecisionStep"/>).</summary>
    public static readonly FieldType WholeInt32 = CreateWholeInt32();

    /// <summary>The documents of one letter, item documents first and the case document last.</summary>
    /// <param name="determinationJson">The determination as DeterminationJson writes it, stored on the case document.</param>
    /// <param name="contentHash">Hex SHA-256 of the letter file, for incremental builds.</param>
    public static IReadOnlyList<Document> Create(Determination determination, string determinationJson, string contentHash)
    {
        var documents = new List<Document>(determination.Decisions.Count + 1);
        foreach (var item in determination.Decisions)
        {
            documents.Add(CreateItem(determination, item));
        }

        documents.Add(CreateCase(determination, determinationJson, contentHash));
        return documents;
    }

    public static Document CreateCase(Determination determination, string determinationJson, string contentHash) =>
    [
        new KeywordField(IndexSchema.Kind, IndexSchema.KindCase, Field.Store.NO),
        new NumericDocValuesField(IndexSchema.ItemCount, determination.Decisions.Count),
        new Field(IndexSchema.Summary, determination.Summary, SearchText),
        new KeywordField(IndexSchema.CaseId, determination.CaseId, Field.Store.YES),
        new KeywordField(IndexSchema.Source, determination.Source, Field.Store.YES),
        new BinaryDocValuesField(IndexSchema.Source, new BytesRef(determination.Source)),
        new StoredField(IndexSchema.ContentHash, contentHash),
        new BinaryDocValuesField(IndexSchema.ContentHash, new BytesRef(contentHash)),
        new StoredField(IndexSchema.DeterminationJson, determinationJson),
    ];

    public static Document CreateItem(Determination determination, DecidedItem item)
    {
        var document = new Document
        {
            new KeywordField(IndexSchema.Kind, IndexSchema.KindItem, Field.Store.NO),
            new KeywordField(IndexSchema.CaseId, determination.CaseId, Field.Store.YES),
            new SortedDocValuesField(IndexSchema.CaseId, new BytesRef(determination.CaseId)),
            new KeywordField(IndexSchema.Source, determination.Source, Field.Store.YES),
            new StoredField(IndexSchema.ItemIndex, item.Index),
            new NumericDocValuesField(IndexSchema.ItemIndex, item.Index),
            new Field(IndexSchema.Item, item.Item, SearchText),
            new Field(IndexSchema.Rationale, item.Rationale, SearchText),
            new Field(IndexSchema.GuidelineText, GuidelineText(item), SearchText),
            new NumericDocValuesField(IndexSchema.DecisionDateSort, DecisionDateSortValue(determination)),
        };

        if (determination.DecisionYear is int year)
        {
            document.Add(new WholeInt32Field(IndexSchema.Year, year));
        }

        AddDate(document, IndexSchema.InjuredDate, determination.Patient.DateOfInjury);
        AddDate(document, IndexSchema.ReceivedDate, determination.ReceivedOn);

        foreach (var (dimension, value) in FacetValues.Of(determination, item))
        {
            document.Add(new SortedSetDocValuesField(dimension.DocValuesField, new BytesRef(value)));
            document.Add(new KeywordField(dimension.FilterField, FacetValues.FilterTerm(value), Field.Store.NO));
        }

        foreach (var key in item.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization).Select(CitationKey.Of).Distinct())
        {
            document.Add(new SortedSetDocValuesField(IndexSchema.Citation, new BytesRef(key)));
        }

        return document;
    }

    /// <summary>The decision date (else the assignment date) as yyyymmdd, 0 when the letter gives neither.</summary>
    public static long DecisionDateSortValue(Determination determination) =>
        determination.DecidedOn is DateOnly date ? DateKey.Of(date) : 0;

    private static void AddDate(Document document, string field, DateOnly? date)
    {
        if (date is { } known)
        {
            document.Add(new WholeInt32Field(field, DateKey.Of(known)));
        }
    }

    private static string GuidelineText(DecidedItem item) =>
        item.ClaimsAdministratorGuideline + "\n\n" + item.ImrGuideline;

    private static FieldType CreateWholeInt32()
    {
        var type = new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = IndexSchema.NumericPrecisionStep };
        type.Freeze();
        return type;
    }

    private static FieldType CreateSearchText()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}
