using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Execution;

/// <summary>A hit collector that keeps nothing, for passes that only count.</summary>
internal sealed class NoHits : ICollector
{
    public static NoHits Instance { get; } = new();

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
    }
}
