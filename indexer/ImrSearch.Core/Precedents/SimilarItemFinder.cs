using ImrSearch.Highlighting;
using ImrSearch.Index;
using ImrSearch.Search;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Execution;
using ImrSearch.Search.HitAssembly;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace ImrSearch.Precedents;

/// <summary>
/// MoreLikeThis over the item and rationale fields: the text's most characteristic terms (frequent in it, rare in
/// the corpus) become a query, and the items scoring highest on it are the neighbours.
/// </summary>
internal sealed class SimilarItemFinder(OpenedCommit commit, Analyzer queryAnalyzer)
{
    /// <summary>Enough terms to capture a rationale's argument without drifting to boilerplate.</summary>
    private const int MaxQueryTerms = 30;

    /// <summary>
    /// The neighbours of a text. <paramref name="excludeCaseId"/> leaves out the text's own letter;
    /// <paramref name="facets"/> (a <see cref="SearchScope"/>'s facet filter) restricts them to facet values.
    /// </summary>
    public SimilarDecisions Find(string text, int count, string? excludeCaseId, Query? facets)
    {
        var like = Like(text);
        if (like is BooleanQuery { Clauses.Count: 0 })
        {
            return new SimilarDecisions([]);
        }

        var filter = new BooleanQuery { { ItemsOnly.Query(), Occur.MUST } };
        if (excludeCaseId is not null)
        {
            filter.Add(new TermQuery(new Term(IndexSchema.CaseId, excludeCaseId)), Occur.MUST_NOT);
        }

        if (facets is not null)
        {
            filter.Add(facets, Occur.MUST);
        }

        var top = commit.Searcher.Search(like, new QueryWrapperFilter(filter), count);
        var terms = HighlightTerms.From(like);
        var hits = new HitAssembler(commit, terms, new TermRarity(commit.Reader)).Assemble(top.ScoreDocs);
        return new SimilarDecisions(hits);
    }

    private Query Like(string text)
    {
        var moreLikeThis = new MoreLikeThis(commit.Reader)
        {
            Analyzer = queryAnalyzer,
            FieldNames = [IndexSchema.Item, IndexSchema.Rationale],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MinWordLen = 3,
            MaxQueryTerms = MaxQueryTerms,
            ApplyBoost = true,
        };
        using var reader = new StringReader(text);
        return moreLikeThis.Like(reader, IndexSchema.Rationale);
    }
}
