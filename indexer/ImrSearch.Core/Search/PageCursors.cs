using Lucene.Net.Search;

namespace ImrSearch.Search;

/// <summary>
/// Remembers, per query (same reader version, query, filters, sort and page size), the last hit of each page served,
/// so the next page is collected with search-after from there instead of collecting and skipping every earlier hit.
/// Bounded: the least recently used queries are forgotten.
/// </summary>
internal sealed class PageCursors
{
    private const int QueriesKept = 1024;
    private const int PagesKeptPerQuery = 256;

    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, SortedList<int, ScoreDoc> Pages)>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, SortedList<int, ScoreDoc> Pages)> _recency = new();

    /// <summary>The closest earlier page whose last hit is known: (that page, its last hit), or (0, null) to start from the top.</summary>
    public (int Page, ScoreDoc? LastHit) Before(string key, int page)
    {
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var node))
            {
                return (0, null);
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            var pages = node.Value.Pages;
            for (var i = pages.Count - 1; i >= 0; i--)
            {
                if (pages.Keys[i] < page)
                {
                    return (pages.Keys[i], pages.Values[i]);
                }
            }

            return (0, null);
        }
    }

    public void Remember(string key, int page, ScoreDoc lastHit)
    {
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var node))
            {
                node = _recency.AddFirst((key, new SortedList<int, ScoreDoc>()));
                _byKey[key] = node;
                if (_byKey.Count > QueriesKept)
                {
                    var oldest = _recency.Last!;
                    _recency.RemoveLast();
                    _byKey.Remove(oldest.Value.Key);
                }
            }

            var pages = node.Value.Pages;
            if (pages.Count >= PagesKeptPerQuery && !pages.ContainsKey(page))
            {
                pages.RemoveAt(0);
            }

            pages[page] = lastHit;
        }
    }
}
