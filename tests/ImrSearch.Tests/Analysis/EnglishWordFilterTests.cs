using System.Text;
using ImrSearch.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace ImrSearch.Tests.Analysis;

public sealed class EnglishWordFilterTests
{
    private static readonly string[] Words =
    [
        "the", "The", "THE", "and", "of", "a", "An", "to", "is", "was", "not", "no", "into", "such", "with",
        "therapy", "Therapies", "injections", "INJECTION", "medically", "necessary", "Norco", "relief", "running",
        "physician's", "PATIENT'S", "doctor’s", "Worker＇S", "it's", "'s", "s's", "Bob'S", "o'clock",
        "café", "CAFÉS", "Straße", "İstanbul", "ΣΟΦΊΑ", "ПАЦИЕНТ", "Ǆemal", "𝐀bc", "naïve", "résumé's",
        "2x/week", "10/325", "L4-5", "C5-C6", "3.5", "1,000", "e-mail", "U.S.A.", "x", "I", "rationalization",
        "hopefulness", "generalizations", "conditional", "electroacupuncture", "transcutaneous",
        "Supercalifragilisticexpialidocious", "ANTIDISESTABLISHMENTARIANISMS", "electroencephalographically",
    ];

    [Fact]
    public void Gives_what_Lucenes_four_filters_give_on_random_text()
    {
        var random = new Random(20261201);
        using var fused = Fused();
        using var lucene = Lucenes();
        var compared = 0;
        for (var i = 0; i < 400; i++)
        {
            var text = RandomText(random, i);
            var expected = TokenTrace.Of(lucene, text);
            Assert.Equal(expected, TokenTrace.Of(fused, text));
            compared += expected.Count;
        }

        Assert.True(compared > 20_000, $"only {compared} tokens compared");
    }

    [Fact]
    public void Streams_on_many_threads_share_the_stem_cache_without_mixing_words()
    {
        Parallel.For(0, 8, thread =>
        {
            var random = new Random(thread);
            using var fused = Fused();
            using var lucene = Lucenes();
            for (var i = 0; i < 60; i++)
            {
                var text = RandomText(random, (thread * 1000) + i);
                Assert.Equal(TokenTrace.Of(lucene, text), TokenTrace.Of(fused, text));
            }
        });
    }

    [Fact]
    public void A_word_evicted_from_the_cache_is_stemmed_again_the_same_way()
    {
        using var fused = Fused();
        using var lucene = Lucenes();

        // Far more distinct words than the cache has slots, then the same words again.
        string[] endings = ["ational", "ness", "izations", "ing", "ies", "ly"];
        var words = Enumerable.Range(0, PorterStems.Slots * 3).Select(n => "re" + Letters(n) + endings[n % endings.Length]).ToList();
        var expected = Stems(lucene, words);
        Assert.Equal(expected, Stems(fused, words));
        Assert.Equal(expected, Stems(fused, words));
        Assert.True(expected.Count(stem => !words.Contains(stem)) > words.Count / 2, "most words should change when stemmed");
    }

    private static Analyzer Fused() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(ImrAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, new EnglishWordFilter(ImrAnalyzer.Version, tokenizer, EnglishAnalyzer.DefaultStopSet));
    });

    private static Analyzer Lucenes() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(ImrAnalyzer.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(ImrAnalyzer.Version, tokenizer);
        stream = new LowerCaseFilter(ImrAnalyzer.Version, stream);
        stream = new StopFilter(ImrAnalyzer.Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
    });

    private static List<string> Stems(Analyzer analyzer, IEnumerable<string> words) =>
        words.Select(w => Assert.Single(TokenTrace.Of(analyzer, w), t => t.Term != "(end)").Term).ToList();

    /// <summary>Lower-case letters only, so that the word stays one token.</summary>
    private static string Letters(int n)
    {
        var text = new StringBuilder("a");
        do
        {
            text.Append((char)('b' + (n % 20)));
            n /= 20;
        }
        while (n > 0);
        return text.Append('q').ToString();
    }

    private static string RandomText(Random random, int seed)
    {
        var text = new StringBuilder();
        var count = random.Next(20, 200);
        for (var j = 0; j < count; j++)
        {
            var word = random.Next(10) switch
            {
                < 6 => Words[random.Next(Words.Length)],
                6 => RandomWord(random, random.Next(1, 40)),
                7 => Words[random.Next(Words.Length)].ToUpperInvariant(),
                8 => Words[random.Next(Words.Length)] + (random.Next(2) == 0 ? "'s" : "’S"),
                _ => "word" + (seed * 1000 + j),
            };
            text.Append(word).Append(random.Next(8) switch { 0 => ", ", 1 => ". ", 2 => "\n", 3 => " - ", _ => " " });
        }

        return text.ToString();
    }

    private static string RandomWord(Random random, int length)
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉßİıΣσς'’";
        var word = new char[length];
        for (var k = 0; k < length; k++)
        {
            word[k] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(word);
    }
}
