namespace ImrSearch.Synthetic.Composition;

/// <summary>Picks sentence patterns that fit the case at hand (every slot they use has a value).</summary>
public static class TemplatePool
{
    public static TextTemplate PickFitting(IReadOnlyList<TextTemplate> pool, TemplateSlots slots, LetterRandom random)
    {
        var fitting = Fitting(pool, slots);
        if (fitting.Count == 0)
        {
            throw new InvalidOperationException($"No sentence pattern fits this case; first pattern: {pool[0].Pattern}");
        }

        return random.Pick(fitting);
    }

    public static List<TextTemplate> PickFittingDistinct(IReadOnlyList<TextTemplate> pool, TemplateSlots slots, int count, LetterRandom random) =>
        random.PickDistinct(Fitting(pool, slots), count);

    private static List<TextTemplate> Fitting(IReadOnlyList<TextTemplate> pool, TemplateSlots slots)
    {
        var fitting = new List<TextTemplate>(pool.Count);
        foreach (var template in pool)
        {
            if (template.FitsCase(slots))
            {
                fitting.Add(template);
            }
        }

        return fitting;
    }
}
