using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Facets;

/// <summary>
/// The documents that fail at most one of several selections: the only ones a drill-sideways pass can use (a hit,
/// or a near miss counted in the one dimension it fails). Each document is tested from the segment's ordinal arrays,
/// the test the collector makes, so stepping through them costs a few array reads per document passed over.
/// </summary>
/// <remarks>
/// It replaced a disjunction of the selections' term queries with a minimum to match, which led the query with a
/// scorer per value, a virtual call away, document by document. Random access (the test pushed down to every field's
/// postings) and the query leading were measured too: see the README's performance notes.
/// </remarks>
internal sealed class AllButOneSelection(ReaderFacetOrdinals ordinals, IReadOnlyList<FacetSelection> selections) : Filter
{
    /// <summary>
    /// The query narrowed to these documents, the filter leading: it is a test of a few array entries per document
    /// it passes over, and the query then skips to each document it stops at.
    /// </summary>
    public Query Restrict(Query query) => new FilteredQuery(query, this, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var segment = ordinals.Segments[context.Ord];
        var toGlobal = ordinals.SegmentToGlobal[context.Ord];
        var dimensions = selections.Select(s => segment[s.Dimension]).ToArray();
        var wanted = selections.Select(s => s.SegmentWanted(toGlobal[s.Dimension])).ToArray();
        return new Passing(context.AtomicReader.MaxDoc, acceptDocs, dimensions, wanted);
    }

    public override string ToString() => $"allButOne({string.Join(", ", selections.Select(s => s.Facet.Name))})";

    private sealed class Passing(int maxDoc, IBits? acceptDocs, SegmentDimensionOrdinals[] dimensions, bool[][] wanted)
        : FieldCacheDocIdSet(maxDoc, acceptDocs)
    {
        protected override bool MatchDoc(int doc)
        {
            var missed = 0;
            for (var s = 0; s < dimensions.Length; s++)
            {
                if (!dimensions[s].HasAny(doc, wanted[s]) && ++missed > 1)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
