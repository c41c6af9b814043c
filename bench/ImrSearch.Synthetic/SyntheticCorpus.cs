namespace ImrSearch.Synthetic;

/// <summary>A synthetic corpus named by its seed and size: the same seed and size always give the same letters.</summary>
public sealed record SyntheticCorpus(int Seed, int Letters)
{
    /// <summary>The letters in order, generated lazily (nothing is held in memory), for streaming into an indexer.</summary>
    public IEnumerable<SyntheticLetter> Stream()
    {
        for (var number = 0L; number < Letters; number++)
        {
            yield return LetterComposer.Compose(Seed, number);
        }
    }

    /// <summary>How many letters it takes to reach at least <paramref name="items"/> decided items with this seed.</summary>
    public static int LettersForItems(int seed, long items)
    {
        var total = 0L;
        var letters = 0;
        while (total < items)
        {
            total += LetterComposer.CountItems(seed, letters);
            letters++;
        }

        return letters;
    }
}
