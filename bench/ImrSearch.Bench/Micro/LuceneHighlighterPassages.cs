using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace ImrSearch.Bench.Micro;

/// <summary>
/// Lucene.Net.Highlighter's classic highlighter set up as close to ours as it allows, for the comparison in the
/// README: the same index analyzer re-analysing the text, a span-aware scorer for one field (phrases and slop
/// respected, NOT-ed terms left out), fragments of at most 300 characters that do not cut a match, &lt;mark&gt; tags and
/// HTML encoding.
/// </summary>
internal sealed class LuceneHighlighterPassages(Analyzer analyzer, Query query, string field)
{
    private const int FragmentSize = 300;

    /// <summary>The best fragments of a text, best first; none when nothing matched.</summary>
    public string[] Passages(string text, int maxPassages)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = int.MaxValue,
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        // Not merged: GetBestFragments joins adjacent matching fragments, which gave one passage of a whole rationale.
        return [.. highlighter.GetBestTextFragments(tokens, text, false, maxPassages).Where(f => f is { Score: > 0 }).Select(f => f.ToString())];
    }
}
