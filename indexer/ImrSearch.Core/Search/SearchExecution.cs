using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using ImrSearch.Highlighting;
using ImrSearch.Search.Facets;
using ImrSearch.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search;

/// <summary>One search against one point-in-time searcher: query, drill-sideways facets, one page of highlighted hits.</summary>
internal static class SearchExecution
{
    /// <summary>Doc ids (and so cursors) belong to one reader instance; each gets a number for cursor keys.</summary>
    private static readonly ConditionalWeakTable<IndexReader, ReaderNumber> ReaderIdentity = new();
    private static long s_readers;

    public static SearchResponse Run(
        IndexSearcher searcher,
        SearchRequest request,
        Analyzer queryAnalyzer,
        TextHighlighter highlighter,
        PageCursors cursors,
        Stopwatch clock)
    {
        var reader = searcher.IndexReader;
        var ordinals = ReaderFacetOrdinals.For(reader);
        var selections = FacetSelection.Resolve(ordinals, request.Filters);
        var compiled = QueryCompiler.Compile(request.Query, queryAnalyzer);
        var notes = new List<string>(compiled.Notes);

        Query query;
        try
        {
            query = searcher.Rewrite(compiled.Query);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            notes.Add(QueryCompiler.TooManyClauses);
            return Respond(request, clock, new FacetCounts(ordinals), selections, [], notes);
        }

        notes.AddRange(compiled.Expansion.Truncated.Select(pattern =>
            $"'{pattern}' matches more than {BoundedTermExpansion.MaxTerms} words; the {BoundedTermExpansion.MaxTerms} most frequent were searched."));

        var key = CursorKey(reader, request);
        var (fromPage, after) = cursors.Before(key, request.Page);
        var wanted = (long)(request.Page - fromPage) * request.PageSize;
        var collector = SearchSorts.CreateCollector(request.Sort, (int)Math.Clamp(wanted, 1, Math.Max(1, reader.MaxDoc)), after);
        var counts = DrillSideways.Run(searcher, ordinals, query, compiled.MatchesEverything, selections, (ICollector)collector);

        var collected = collector.GetTopDocs().ScoreDocs;
        for (var page = 1; page <= request.Page - fromPage; page++)
        {
            var last = (page * request.PageSize) - 1;
            if (last < collected.Length)
            {
                cursors.Remember(key, fromPage + page, collected[last]);
            }
        }

        var pageDocs = collected.Skip((request.Page - fromPage - 1) * request.PageSize).Take(request.PageSize);
        var terms = compiled.MatchesEverything ? HighlightTerms.None : HighlightTerms.From(query);
        var hits = new HitAssembler(searcher, highlighter, terms, new TermRarity(reader)).Assemble(pageDocs);
        return Respond(request, clock, counts, selections, hits, notes);
    }

    private static SearchResponse Respond(
        SearchRequest request,
        Stopwatch clock,
        FacetCounts counts,
        IReadOnlyList<FacetSelection> selections,
        IReadOnlyList<SearchHit> hits,
        IReadOnlyList<string> notes)
    {
        var facets = FacetResults.Build(counts, selections, request.FacetTopN);
        return new SearchResponse(
            counts.Total,
            clock.Elapsed.TotalMilliseconds,
            hits,
            facets,
            notes.Count == 0 ? null : string.Join(" ", notes),
            request.Page,
            request.PageSize);
    }

    /// <summary>Everything that decides which hits a page holds, so a cursor is reused only for the same list.</summary>
    private static string CursorKey(IndexReader reader, SearchRequest request)
    {
        var key = new StringBuilder();
        key.Append(ReaderIdentity.GetValue(reader, _ => new ReaderNumber(Interlocked.Increment(ref s_readers))).Value)
            .Append('\u001f').Append(request.Sort)
            .Append('\u001f').Append(request.PageSize)
            .Append('\u001f').Append(request.Query?.Trim());
        foreach (var (dimension, values) in request.Filters.OrderBy(f => f.Key, StringComparer.OrdinalIgnoreCase))
        {
            key.Append('\u001f').Append(dimension.ToLowerInvariant()).Append('=');
            foreach (var value in values.Select(FacetValueQuery.Normalize).Order(StringComparer.Ordinal))
            {
                key.Append(value).Append('\u001e');
            }
        }

        return key.ToString();
    }

    private sealed record ReaderNumber(long Value);
}
