namespace ImrSearch.Synthetic;

/// <summary>Picks entries in proportion to their weights (weights need not sum to anything in particular).</summary>
public sealed class WeightedChoice<T>
{
    private readonly T[] values;
    private readonly double[] cumulative;

    public WeightedChoice(IEnumerable<(T Value, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A weighted choice needs at least one entry with a positive weight.", nameof(entries));
        }

        values = list.Select(e => e.Value).ToArray();
        cumulative = new double[list.Count];
        var sum = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            sum += list[i].Weight;
            cumulative[i] = sum;
        }

        Total = sum;
    }

    public double Total { get; }

    public IReadOnlyList<T> Values => values;

    public T Pick(LetterRandom random)
    {
        var target = random.NextDouble() * Total;
        var index = Array.BinarySearch(cumulative, target);
        if (index < 0)
        {
            index = ~index;
        }

        return values[Math.Min(index, values.Length - 1)];
    }

    /// <summary>The share of the total weight held by entries matching <paramref name="predicate"/>.</summary>
    public double ShareOf(Func<T, bool> predicate)
    {
        var share = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (predicate(values[i]))
            {
                share += cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
            }
        }

        return share / Total;
    }
}
