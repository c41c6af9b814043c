namespace ImrSearch.Search;

/// <summary>
/// The most recently used result sets, by key (reader, query, filters, sort); thread-safe. When a new reader is
/// served the others' results are dropped, so old readers' facet ordinals are not kept alive by the cache.
/// </summary>
internal sealed class ResultCache(int capacity)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, long Reader, ResultSet Result)>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, long Reader, ResultSet Result)> _recency = new();

    public int Capacity => capacity;

    public ResultSet? Find(string key)
    {
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Result;
        }
    }

    /// <param name="reader">The <see cref="ReaderIdentity"/> the result belongs to.</param>
    public void Add(string key, long reader, ResultSet result)
    {
        lock (_gate)
        {
            if (_byKey.Remove(key, out var existing))
            {
                _recency.Remove(existing);
            }

            _byKey[key] = _recency.AddFirst((key, reader, result));
            while (_byKey.Count > capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _byKey.Remove(oldest.Value.Key);
            }
        }
    }

    /// <summary>Forgets every result that does not belong to the given reader.</summary>
    public void RetainOnly(long reader)
    {
        lock (_gate)
        {
            for (var node = _recency.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Reader != reader)
                {
                    _recency.Remove(node);
                    _byKey.Remove(node.Value.Key);
                }

                node = next;
            }
        }
    }
}
