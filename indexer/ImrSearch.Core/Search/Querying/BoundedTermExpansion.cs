using ImrSearch.Search.Execution;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Querying;

/// <summary>
/// Rewrites wildcard, prefix, regexp and range queries on text into at most <see cref="MaxTerms"/> term queries
/// (the most frequent matching words), after visiting at most <see cref="MaxTermsVisited"/> words of the dictionary.
/// </summary>
/// <remarks>
/// Bounding both keeps a short prefix like <c>a*</c> from costing a scan of every posting list or hitting
/// BooleanQuery's clause limit; scoring term queries (not a constant-score filter) also leave the highlighter
/// concrete words to mark. Each truncation is remembered so the user is told what was searched.
/// One instance serves one query compilation; it is not shared between threads.
/// </remarks>
internal sealed class BoundedTermExpansion : MultiTermQuery.RewriteMethod
{
    public const int MaxTerms = 128;
    public const int MaxTermsVisited = 200_000;

    private readonly List<string> truncated = [];
    private int expanded;
    private int visited;

    /// <summary>The patterns (as the user wrote them) whose expansion was cut short.</summary>
    public IReadOnlyList<string> Truncated => truncated;

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var expansion = new BooleanQuery(disableCoord: true) { Boost = query.Boost };
        var terms = MultiFields.GetTerms(reader, query.Field);
        if (terms is null)
        {
            return expansion;
        }

        // The query's patterns share one allowance of terms kept and visited, so many patterns cost no more than a few.
        var maxTerms = Math.Min(MaxTerms, QueryLimits.MaxExpandedTerms - expanded);
        var maxVisited = Math.Min(MaxTermsVisited, QueryLimits.MaxTermsVisited - this.visited);
        var termsEnum = GetTermsEnum(query, terms, new AttributeSource());
        var mostFrequent = new PriorityQueue<BytesRef, int>(MaxTerms + 1);
        var matched = 0;
        var visited = 0;
        var budget = SearchBudget.Current;
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term;
            matched++;
            if (++visited > maxVisited)
            {
                break;
            }

            if ((visited & 0xFFF) == 0)
            {
                budget?.Check();
            }

            var docFreq = termsEnum.DocFreq;
            if (maxTerms <= 0)
            {
                break;
            }

            if (mostFrequent.Count < maxTerms)
            {
                mostFrequent.Enqueue(BytesRef.DeepCopyOf(term), docFreq);
            }
            else if (mostFrequent.TryPeek(out _, out var least) && docFreq > least)
            {
                mostFrequent.DequeueEnqueue(BytesRef.DeepCopyOf(term), docFreq);
            }
        }

        this.visited += Math.Min(visited, maxVisited);
        expanded += mostFrequent.Count;
        if (matched > maxTerms || visited > maxVisited)
        {
            var pattern = query.ToString(query.Field);
            if (!truncated.Contains(pattern))
            {
                truncated.Add(pattern);
            }
        }

        // Each term's per-segment state is looked up here, on the clock, and handed to its query: left to
        // TermQuery.CreateWeight, a thousand common words took a second of seeks at a million items before the
        // first budget check of the pass.
        var top = reader.Context;
        var kept = 0;
        while (mostFrequent.TryDequeue(out var bytes, out _))
        {
            if ((++kept & 0xF) == 0)
            {
                budget?.Check();
            }

            var term = new Term(query.Field, bytes);
            expansion.Add(new ExpandedTermQuery(term, TermContext.Build(top, term)), Occur.SHOULD);
        }

        return expansion;
    }
}
