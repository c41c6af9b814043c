using ImrSearch.Domain;
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
/// Finds the precedents of a text. MoreLikeThis over the item and rationale fields turns the text's most
/// characteristic terms (frequent in it, rare in the corpus) into a query; with a <see cref="RequestReading"/>, the
/// best items on that query, and the best of the request's own treatment category, form a pool that is ranked again
/// by what each item asked for (<see cref="PrecedentMatch"/>, weighted by <see cref="PrecedentWeights"/>).
/// </summary>
internal sealed class SimilarItemFinder(OpenedCommit commit, Analyzer queryAnalyzer)
{
    /// <summary>Enough terms to capture a rationale's argument without drifting to boilerplate.</summary>
    private const int MaxQueryTerms = 30;

    /// <summary>
    /// Items ranked again by request: deep enough that a same-request item worded differently is in it, small enough
    /// that reading their determinations stays a few milliseconds.
    /// </summary>
    private const int PoolSize = 100;

    /// <summary>Items of the request's own category added to the pool, whatever their wording.</summary>
    private const int CategoryPoolSize = 50;

    /// <summary>
    /// The neighbours of a text. <paramref name="excludeCaseId"/> leaves out the text's own letter;
    /// <paramref name="facets"/> (a <see cref="SearchScope"/>'s facet filter) restricts them to facet values.
    /// Without a reading (or with an empty one) the ranking is text similarity alone; with one,
    /// <paramref name="sameCategory"/> (the facet filter of the reading's category) adds that category's items.
    /// </summary>
    public SimilarDecisions Find(
        string text,
        int count,
        string? excludeCaseId,
        Query? facets,
        RequestReading? reading = null,
        Query? sameCategory = null,
        PrecedentWeights? weights = null)
    {
        var like = Like(text);
        var hasText = like is not BooleanQuery { Clauses.Count: 0 };
        if (!hasText && sameCategory is null)
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

        var terms = HighlightTerms.From(like);
        var assembler = new HitAssembler(commit, terms, new TermRarity(commit.Reader));
        if (reading is null || reading.IsEmpty)
        {
            return hasText
                ? new SimilarDecisions(assembler.Assemble(commit.Searcher.Search(like, new QueryWrapperFilter(filter), count).ScoreDocs))
                : new SimilarDecisions([]);
        }

        var pool = new Dictionary<int, float>();
        if (hasText)
        {
            foreach (var hit in commit.Searcher.Search(like, new QueryWrapperFilter(filter), PoolSize).ScoreDocs)
            {
                pool[hit.Doc] = hit.Score;
            }
        }

        if (sameCategory is not null)
        {
            var narrowed = (BooleanQuery)filter.Clone();
            narrowed.Add(sameCategory, Occur.MUST);
            var inCategory = new QueryWrapperFilter(narrowed);
            if (hasText)
            {
                foreach (var hit in commit.Searcher.Search(like, inCategory, CategoryPoolSize).ScoreDocs)
                {
                    pool.TryAdd(hit.Doc, hit.Score);
                }
            }

            // Items of the category sharing no characteristic term with the text ("MRI Cervical Spine" for a short
            // draft) still ask for the same thing; they join with no text similarity.
            foreach (var hit in commit.Searcher.Search(new MatchAllDocsQuery(), inCategory, CategoryPoolSize).ScoreDocs)
            {
                pool.TryAdd(hit.Doc, 0);
            }
        }

        var ranked = Rank(pool, reading, weights ?? PrecedentWeights.Default).Take(count);
        return new SimilarDecisions(assembler.Assemble(ranked));
    }

    private IEnumerable<ScoreDoc> Rank(Dictionary<int, float> pool, RequestReading reading, PrecedentWeights weights)
    {
        var best = pool.Count == 0 ? 0 : pool.Values.Max();
        var letters = new Dictionary<int, Determination?>();
        var reader = RequestReader.Default;
        var scored = new List<(int Doc, double Score, float Text)>(pool.Count);
        foreach (var (doc, textScore) in pool)
        {
            var found = CaseDocuments.ForItem(commit, doc, letters);
            var item = found.Determination?.Decisions.FirstOrDefault(d => d.Index == found.ItemIndex);
            if (item is null)
            {
                continue;
            }

            var match = PrecedentMatch.Of(reading, reader.ReadItem(item), best > 0 ? textScore / best : 0, reader);
            scored.Add((doc, match.Score(weights), textScore));
        }

        return scored
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Text)
            .ThenBy(s => s.Doc)
            .Select(s => new ScoreDoc(s.Doc, (float)s.Score));
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
