namespace ImrSearch.Search.Caching;

/// <summary>
/// The most recently used results of one kind, by key, within a capacity counted in what each entry weighs (bytes)
/// and optionally in entries; thread-safe. When a new commit is served the others' results are dropped, so old commits (and their
/// facet ordinals) are not kept alive by the cache.
/// </summary>
/// <param name="capacity">The most the entries may weigh in all (0 keeps nothing).</param>
/// <param name="weight">What one entry weighs (1 each when not given).</param>
/// <param name="maxEntries">The most entries kept, whatever they weigh.</param>
internal sealed class RecentResults<T>(long capacity, Func<T, long>? weight = null, int maxEntries = int.MaxValue)
    where T : class
{
    private readonly object gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, long Reader, T Result, long Weight)>> byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, long Reader, T Result, long Weight)> recency = new();
    private long totalWeight;

    public long Capacity => capacity;

    /// <summary>How many results are kept now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return byKey.Count;
            }
        }
    }

    public T? Find(string key)
    {
        lock (gate)
        {
            if (!byKey.TryGetValue(key, out var node))
            {
                return null;
            }

            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value.Result;
        }
    }

    /// <param name="reader">The <see cref="OpenedCommit.Number"/> of the commit the result belongs to.</param>
    public void Add(string key, long reader, T result)
    {
        var entryWeight = weight?.Invoke(result) ?? 1;
        if (entryWeight > capacity || maxEntries <= 0)
        {
            return;
        }

        lock (gate)
        {
            if (byKey.Remove(key, out var existing))
            {
                Forget(existing, removeKey: false);
            }

            byKey[key] = recency.AddFirst((key, reader, result, entryWeight));
            totalWeight += entryWeight;
            while (totalWeight > capacity || byKey.Count > maxEntries)
            {
                Forget(recency.Last!, removeKey: true);
            }
        }
    }

    /// <summary>Forgets every result that does not belong to the given reader.</summary>
    public void RetainOnly(long reader)
    {
        lock (gate)
        {
            for (var node = recency.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Reader != reader)
                {
                    Forget(node, removeKey: true);
                }

                node = next;
            }
        }
    }

    private void Forget(LinkedListNode<(string Key, long Reader, T Result, long Weight)> node, bool removeKey)
    {
        recency.Remove(node);
        totalWeight -= node.Value.Weight;
        if (removeKey)
        {
            byKey.Remove(node.Value.Key);
        }
    }
}
