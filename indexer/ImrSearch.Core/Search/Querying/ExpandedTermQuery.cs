using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>
/// A word a pattern expanded to, holding its per-segment states as <see cref="BoundedTermExpansion"/> looked them up
/// (on the request's clock), so making the query's weight does not seek the word in every segment again.
/// </summary>
/// <remarks>
/// The states stay with the query while a cache keeps it (a result set, a recorded hit list), so the caches' byte
/// budgets charge them: <see cref="StateBytes"/>.
/// </remarks>
internal sealed class ExpandedTermQuery(Term term, TermContext states) : TermQuery(term, states)
{
    /// <summary>What the looked-up states hold, generously: an array slot and a term state (about 80 bytes) per segment.</summary>
    public long StateBytes { get; } = 32 + (96L * states.TopReaderContext.Leaves.Count);
}
