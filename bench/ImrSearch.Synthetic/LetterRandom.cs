namespace ImrSearch.Synthetic;

/// <summary>
/// A small, fast pseudo-random source (SplitMix64) seeded per letter from the corpus seed and the letter's number,
/// so letter N is the same whichever thread writes it and whether or not the letters before it were generated.
/// </summary>
public sealed class LetterRandom
{
    private ulong state;

    public LetterRandom(ulong seed)
    {
        state = seed;
    }

    /// <summary>The random source for one letter of a corpus.</summary>
    public static LetterRandom ForLetter(int corpusSeed, long letterNumber)
    {
        var mixed = Mix(((ulong)(uint)corpusSeed << 32) ^ 0x9E3779B97F4A7C15UL) ^ Mix((ulong)letterNumber + 0xD1B54A32D192ED03UL);
        return new LetterRandom(mixed);
    }

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>A value in [0, maxExclusive).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)((NextUInt64() >> 33) % (ulong)maxExclusive);
    }

    /// <summary>A value in [minInclusive, maxInclusive].</summary>
    public int Between(int minInclusive, int maxInclusive) => minInclusive + Next(maxInclusive - minInclusive + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> values) => values[Next(values.Count)];

    /// <summary>Picks <paramref name="count"/> distinct entries in random order (all of them when there are fewer).</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> values, int count)
    {
        var indexes = Enumerable.Range(0, values.Count).ToArray();
        var take = Math.Min(count, values.Count);
        for (var i = 0; i < take; i++)
        {
            var j = i + Next(values.Count - i);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        var picked = new List<T>(take);
        for (var i = 0; i < take; i++)
        {
            picked.Add(values[indexes[i]]);
        }

        return picked;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
