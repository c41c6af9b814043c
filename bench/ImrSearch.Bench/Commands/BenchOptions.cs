using System.CommandLine;

namespace ImrSearch.Bench.Commands;

/// <summary>Options shared by the bench's commands.</summary>
internal static class BenchOptions
{
    public const int DefaultSeed = 1;

    public static Option<int?> Letters() => new("--letters") { Description = "How many letters to generate." };

    public static Option<long?> Items() => new("--items") { Description = "Generate letters until this many decided items (instead of --letters)." };

    public static Option<int> Seed() => new("--seed") { Description = "Corpus seed; the same seed and size always give the same letters.", DefaultValueFactory = _ => DefaultSeed };

    public static Option<string?> Output() => new("--out") { Description = "Output folder (default bench/out/synthetic-<letters>-seed<seed>, git-ignored). Never corpus/." };

    /// <summary>The letter count asked for, from --letters or --items, or an error message.</summary>
    public static (int Letters, string? Error) ResolveSize(int? letters, long? items, int seed, int fallback)
    {
        if (letters is not null && items is not null)
        {
            return (0, "Give --letters or --items, not both.");
        }

        if (letters is < 1 || items is < 1)
        {
            return (0, "--letters and --items must be at least 1.");
        }

        if (items is long wanted)
        {
            return (Synthetic.SyntheticCorpus.LettersForItems(seed, wanted), null);
        }

        return (letters ?? fallback, null);
    }
}
