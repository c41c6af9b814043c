using ImrSearch.Parsing;
using ImrSearch.Synthetic;

namespace ImrSearch.Bench.Phases;

/// <summary>The parser's field-level accuracy: each letter file read as the build reads it, against its truth.</summary>
internal static class AccuracyPhase
{
    /// <summary>Compares an evenly spread sample of at most <paramref name="maximumLetters"/> letters (all when fewer).</summary>
    public static (FieldAccuracy Accuracy, int Letters) Run(SyntheticCorpus corpus, string lettersDirectory, int maximumLetters)
    {
        var accuracy = new FieldAccuracy();
        var count = Math.Min(corpus.Letters, maximumLetters);
        var stride = (double)corpus.Letters / count;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var letter = LetterComposer.Compose(corpus.Seed, (long)(i * stride));
            var path = Path.Combine(lettersDirectory, letter.RelativePath);
            accuracy.Add(letter.Truth, LetterReader.Read(path, letter.RelativePath));
        });
        return (accuracy, count);
    }
}
