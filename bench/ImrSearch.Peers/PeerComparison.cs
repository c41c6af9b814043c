namespace ImrSearch.Peers;

/// <summary>What ImrSearch answered to a query: its total and every dimension's non-zero counts.</summary>
public sealed record SystemAnswer(long Total, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Facets);

/// <summary>One comparable query checked against one peer.</summary>
/// <param name="Differences">Empty when equal; else the first few differences, ImrSearch's figure first.</param>
/// <param name="Unfinished">The peer did not answer (stopped at its time limit, or it could not run the query): not equal, but no
/// evidence of a wrong count either, so the check reports it apart from the differences.</param>
public sealed record QueryComparison(int Index, string Query, string Peer, bool Equal, IReadOnlyList<string> Differences, bool Unfinished = false)
{
    /// <summary>The peer answered and its total or a count is not ImrSearch's.</summary>
    public bool Differs => !Equal && !Unfinished;
}

/// <summary>Compares a peer's total and facet counts with ImrSearch's, value by value.</summary>
public static class PeerComparison
{
    public const int MaxDifferencesShown = 5;

    public static QueryComparison Compare(PeerQuery query, string peer, SystemAnswer ours, PeerQueryResult theirs)
    {
        if (theirs.Error is { } error && theirs.Total is null)
        {
            return new QueryComparison(query.Index, query.ToString(), peer, false, ["the peer could not run it: " + error], Unfinished: true);
        }

        if (theirs.StoppedAfterSeconds is { } stopped)
        {
            return new QueryComparison(query.Index, query.ToString(), peer, false, [$"the peer was stopped after {stopped:0.##} s"], Unfinished: true);
        }

        var differences = new List<string>();
        if (theirs.Total != ours.Total)
        {
            differences.Add($"total {ours.Total} vs {theirs.Total}");
        }

        var facets = theirs.Facets ?? new Dictionary<string, IReadOnlyDictionary<string, long>>();
        foreach (var dimension in ours.Facets.Keys.Union(facets.Keys).Order(StringComparer.Ordinal))
        {
            var mine = NonZero(ours.Facets.GetValueOrDefault(dimension));
            var other = NonZero(facets.GetValueOrDefault(dimension));
            foreach (var value in mine.Keys.Union(other.Keys).Order(StringComparer.Ordinal))
            {
                var a = mine.GetValueOrDefault(value);
                var b = other.GetValueOrDefault(value);
                if (a != b)
                {
                    differences.Add($"{dimension}={value}: {a} vs {b}");
                }
            }
        }

        return new QueryComparison(query.Index, query.ToString(), peer, differences.Count == 0, [.. differences.Take(MaxDifferencesShown)]);
    }

    private static Dictionary<string, long> NonZero(IReadOnlyDictionary<string, long>? counts) =>
        counts is null ? [] : counts.Where(c => c.Value != 0).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
}
