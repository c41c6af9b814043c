using ImrSearch.Highlighting;
using ImrSearch.Search.Querying;
using Lucene.Net.Search;

namespace ImrSearch.Search.Caching;

/// <summary>
/// What cached results take on the managed heap, counted generously (object headers, array lengths, string
/// characters at two bytes) so the caches' byte budgets hold; the tests fill the caches and measure the heap.
/// </summary>
internal static class CachedBytes
{
    public const long ObjectOverhead = 32;

    public static long Of(string? text) => text is null ? 0 : ObjectOverhead + (2L * text.Length);

    public static long Of(IReadOnlyList<string> texts) => ObjectOverhead + texts.Sum(t => 8 + Of(t));

    /// <summary>Highlighted text: its string and one range (two ints and a header) per mark.</summary>
    public static long Of(MarkedText? text) => text is null ? 0 : ObjectOverhead + Of(text.Text) + ObjectOverhead + (text.Marks.Count * 16L);

    public static long Of(IReadOnlyList<MarkedText> texts) => ObjectOverhead + texts.Sum(t => 8 + Of(t));

    /// <summary>A hit as assembled for a page: its texts, highlights and citations.</summary>
    public static long Of(SearchHit hit) =>
        (4 * ObjectOverhead) + Of(hit.CaseId) + Of(hit.Item) + Of(hit.Treatment) + Of(hit.BodyRegion) + Of(hit.Specialties)
        + Of(hit.Highlights) + Of(hit.ItemHighlight) + Of(hit.SummaryHighlight)
        + hit.Citations.Sum(c => ObjectOverhead + Of(c.Source) + Of(c.Document) + Of(c.Topic) + Of(c.Pages));

    public static long Of(IReadOnlyList<SearchHit> page) => ObjectOverhead + page.Sum(h => 8 + Of(h));

    /// <summary>
    /// A rewritten query: each leaf clause holds a query object, a term and its bytes (a few hundred bytes with slack),
    /// and a word a pattern expanded to also its per-segment states.
    /// </summary>
    public static long Of(Query query) =>
        ObjectOverhead + (384L * QueryLimits.CountClauses(query, int.MaxValue))
        + QueryLimits.LeafQueries(query).OfType<ExpandedTermQuery>().Sum(expanded => expanded.StateBytes);
}
