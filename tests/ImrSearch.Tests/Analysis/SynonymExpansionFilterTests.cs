using System.Text;
using ImrSearch.Analysis;
using ImrSearch.Vocabularies;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace ImrSearch.Tests.Analysis;

/// <summary>The streaming synonym filter against the whole-field buffering it replaced, on random text.</summary>
public sealed class SynonymExpansionFilterTests
{
    private static readonly string[] Filler =
    [
        "the", "of", "and", "a", "to", "not", "was", "patient", "reported", "pain", "relief", "with", "requested",
        "sessions", "medically", "necessary", "2x/week", "10/325", "L4-5", "is", "be", "no", "function", "week",
    ];

    /// <summary>
    /// Edge cases the shipped vocabulary may not hold: a one-word input with a three-word synonym (added words
    /// past the match), synonyms sharing words, a four-word input, inputs overlapping each other, stop words inside.
    /// </summary>
    private static readonly SynonymVocabulary EdgeVocabulary = new(
    [
        ["hw", "home health worker"],
        ["ncs", "nerve conduction study", "nerve conduction velocity"],
        ["tka", "total knee joint arthroplasty", "knee replacement"],
        ["pt", "physical therapy"],
        ["therapy session", "ts"],
        ["return to work", "rtw"],
        ["knee", "genu"],
    ]);

    [Fact]
    public void Streams_what_buffering_the_field_gives_with_the_shipped_vocabulary()
    {
        var words = SynonymVocabulary.Default.Groups.SelectMany(g => g).Concat(Filler).ToArray();
        Compare(SynonymVocabulary.Default, words, seed: 1, texts: 300);
    }

    [Fact]
    public void Streams_what_buffering_the_field_gives_at_the_edges()
    {
        var words = EdgeVocabulary.Groups.SelectMany(g => g).SelectMany(t => new[] { t, t.Split(' ')[0], t.Split(' ')[^1] }).Concat(Filler).ToArray();
        Compare(EdgeVocabulary, words, seed: 2, texts: 600);
    }

    private static void Compare(SynonymVocabulary vocabulary, string[] words, int seed, int texts)
    {
        using var streaming = new ImrAnalyzer(vocabulary);
        var rules = SynonymRules.Build(vocabulary, ImrAnalyzer.ForQueries());
        using var buffering = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(ImrAnalyzer.Version, reader);
            var stream = new EnglishWordFilter(ImrAnalyzer.Version, tokenizer, EnglishAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(tokenizer, new BufferedSynonymExpansion(stream, rules));
        });

        var random = new Random(seed);
        var added = 0;
        for (var i = 0; i < texts; i++)
        {
            var text = RandomText(random, words);
            var expected = TokenTrace.Of(buffering, text);
            Assert.Equal(expected, TokenTrace.Of(streaming, text));
            added += expected.Count(t => t.Type == SynonymExpansionFilter.SynonymType);
        }

        Assert.True(added > texts * 3, $"only {added} synonym tokens in {texts} texts");
    }

    private static string RandomText(Random random, string[] words)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 60);
        for (var j = 0; j < count; j++)
        {
            var word = words[random.Next(words.Length)];
            text.Append(random.Next(5) == 0 ? word.ToUpperInvariant() : word);
            text.Append(random.Next(10) switch { 0 => ", ", 1 => ". ", 2 => "\n", _ => " " });
        }

        return text.ToString();
    }
}
