using ImrSearch.Peers;
using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Peers;

/// <summary>Which queries must agree with each peer: where the analyses agree, and nowhere else.</summary>
public sealed class ComparableQueriesTests
{
    private static readonly ComparableQueries Rules = new(new SynonymVocabulary([["pt", "physical therapy"], ["mri", "magnetic resonance imaging"]]));

    private static PeerQuery Query(string text) => new(0, "term", text, new Dictionary<string, IReadOnlyList<string>>(), PeerSort.Relevance, 1, 10);

    [Theory]
    [InlineData("", true, true)]
    [InlineData("insomnia", true, true)]
    [InlineData("\"sleep hygiene\"", true, true)]
    [InlineData("acupuncture", true, false)] // stemmed: FTS5's porter and Lucene's may part at the edges
    [InlineData("\"return to work\"", true, false)] // a stop word FTS5 keeps
    [InlineData("\"pain relief\"~3", true, false)] // slop is not FTS5's NEAR
    [InlineData("decision:overturned AND insomnia", true, false)]
    [InlineData("PT", false, false)] // in the synonym vocabulary
    [InlineData("therapy", false, false)] // a word of a synonym ("physical therapy")
    [InlineData("\"magnetic field\"", false, false)]
    [InlineData("insom*", false, false)] // a prefix expands over the synonym tokens too
    public void A_query_compares_where_the_analyses_agree(string text, bool withLucene, bool withSqlite)
    {
        Assert.Equal(withLucene, Rules.WhyNotCompared(Query(text), PeerAnalysis.ImrChainWithoutSynonyms) is null);
        Assert.Equal(withSqlite, Rules.WhyNotCompared(Query(text), PeerAnalysis.Fts5Porter) is null);
    }

    [Fact]
    public void The_reason_names_the_word()
    {
        Assert.Contains("'pt'", Rules.WhyNotCompared(Query("PT"), PeerAnalysis.Fts5Porter));
        Assert.Contains("'to'", Rules.WhyNotCompared(Query("\"return to work\""), PeerAnalysis.Fts5Porter));
    }
}
