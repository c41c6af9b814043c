using System.Text.RegularExpressions;
using ImrSearch.Synthetic;

namespace ImrSearch.Tests.Synthetic;

/// <summary>A few thousand letters of one seed, generated once for all the generator's tests.</summary>
public sealed partial class GeneratedSample
{
    public const int Seed = 20_240_601;
    public const int Size = 3000;

    public GeneratedSample()
    {
        Letters = new SyntheticCorpus(Seed, Size).Stream().ToList();
    }

    public IReadOnlyList<SyntheticLetter> Letters { get; }

    /// <summary>
    /// The letter's words as one line: line breaks after a hyphen rejoined ("177-" / "178" is "177-178"), then every
    /// run of whitespace one space. The truth's texts must appear in it word for word.
    /// </summary>
    public static string Flatten(string text) => WhitespaceText.Collapse(HyphenBreak().Replace(text, "-"));

    [GeneratedRegex(@"(?<=\S)-[ \t]*(?:\r?\n|\f)\s*")]
    private static partial Regex HyphenBreak();
}

[CollectionDefinition(nameof(GeneratedSample))]
public sealed class GeneratedSampleCollection : ICollectionFixture<GeneratedSample>;
