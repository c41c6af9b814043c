using ImrSearch.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Execution;

/// <summary>
/// Decided-item documents (not case documents): what every search and count runs over. A bit set per segment,
/// kept with the segment's state (see <see cref="Caching.OpenedCommit"/>), so restricting a query to items is a
/// bit test per candidate (random access) rather than a second posting list walked alongside the query.
/// </summary>
/// <param name="segmentItems">A segment's item documents (deleted ones included), from where they are kept.</param>
internal sealed class ItemsOnly(Func<AtomicReader, FixedBitSet> segmentItems) : Filter
{
    /// <summary>Decided items as a term query, for callers that combine it into a boolean filter.</summary>
    public static Query Query() => new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindItem));

    /// <summary>The query restricted to decided items, scoring as the query alone.</summary>
    public Query Restrict(Query query) => new FilteredQuery(query, this);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        BitsFilteredDocIdSet.Wrap(In(context.AtomicReader), acceptDocs);

    /// <summary>The segment's item documents (deleted ones included).</summary>
    public FixedBitSet In(AtomicReader reader) => segmentItems(reader);

    public override string ToString() => $"{IndexSchema.Kind}:{IndexSchema.KindItem}";

    /// <summary>Every item document of the segment, deleted or not: deletions are applied per reader through acceptDocs.</summary>
    public static FixedBitSet Read(AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        var docs = reader.GetTermDocsEnum(new Term(IndexSchema.Kind, IndexSchema.KindItem));
        if (docs is null)
        {
            return bits;
        }

        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            bits.Set(doc);
        }

        return bits;
    }
}
