using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>How a searcher reads users' queries: its query analyzer and what its settings allow.</summary>
internal sealed record QueryReading(Analyzer Analyzer, bool AllowRegularExpressions)
{
    public CompiledQuery Compile(string? text) => QueryCompiler.Compile(text, Analyzer, AllowRegularExpressions);

    /// <summary>
    /// The query with its patterns expanded on this searcher, within <see cref="QueryLimits"/>; null when it is too
    /// large to run, with the reason added to <paramref name="notes"/> (as are the patterns whose expansion was cut).
    /// Its groups of optional clauses become <see cref="AnyClauseQuery"/>: the same matches and scores, read faster.
    /// </summary>
    public static Query? Rewrite(IndexSearcher searcher, CompiledQuery compiled, List<string> notes)
    {
        Query query;
        try
        {
            query = searcher.Rewrite(compiled.Query);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            notes.Add(QueryCompiler.TooManyClauses);
            return null;
        }

        if (QueryLimits.CountClauses(query) > QueryLimits.MaxClausesAfterRewrite)
        {
            notes.Add(QueryLimits.TooLargeAfterExpansion);
            return null;
        }

        notes.AddRange(compiled.Expansion.Truncated.Select(pattern =>
            $"'{pattern}' matches too many words to search them all; the most frequent ones (at most {BoundedTermExpansion.MaxTerms}) were searched."));
        return AnyClauseQuery.Apply(query);
    }
}
