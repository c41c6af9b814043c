using ImrSearch.Search.Caching;
using ImrSearch.Search.Facets;
using ImrSearch.Search.Querying;
using Lucene.Net.Search;

namespace ImrSearch.Search;

/// <summary>
/// The decided items a <see cref="SearchRequest"/> selects on one commit of the index, its query AND every facet
/// selection AND every date range, as a Lucene query and filter any collector can run. This is the one way a request becomes a query:
/// result lists, exports and the precedent explorer's tables all read theirs here. Opened by
/// <see cref="DecisionSearcher.Scope"/>, it holds that commit (and the searcher's time budget) until disposed.
/// </summary>
/// <remarks>
/// <para>
/// Cost: opening resolves the facet selections against the commit's ordinals (a lookup per value). The query text
/// is read and its patterns expanded on first use of <see cref="Query"/> or <see cref="Notes"/>, once; a search
/// refining a query whose hits are kept never reads it.
/// </para>
/// <para>Threading: one caller at a time. Dispose it on the flow that opened it: its time budget is ambient there.</para>
/// </remarks>
public sealed class SearchScope : IDisposable
{
    private readonly QueryReading reading;
    private readonly Action close;
    private CompiledQuery? compiled;
    private ReadQuery? read;
    private int closed;

    internal SearchScope(OpenedCommit commit, SearchRequest request, QueryReading reading, Action close)
    {
        Commit = commit;
        Request = request;
        this.reading = reading;
        this.close = close;
        Selections = FacetSelection.Resolve(commit.FacetOrdinals, request.Filters);
        FacetQuery = FacetSelection.Filter(Selections);
        Filter = FacetQuery is null ? null : new QueryWrapperFilter(FacetQuery);
    }

    public SearchRequest Request { get; }

    /// <summary>The searcher of the commit the scope holds.</summary>
    public IndexSearcher Searcher => Commit.Searcher;

    /// <summary>
    /// The request's query restricted to decided items within its date ranges, scoring as the query alone; it matches
    /// nothing when the query is too large to run (<see cref="Notes"/> says why).
    /// </summary>
    public Query Query => Ranged is { } query ? Commit.Items.Restrict(query) : new BooleanQuery();

    /// <summary>
    /// The same items as <see cref="Query"/>, for counts that read no score (trends, outcome tables, citation counts):
    /// a query of words alone becomes the union of their postings (<see cref="WordUnion"/>), read without scoring.
    /// </summary>
    internal Query Matches => Rewritten is { } query && WordUnion.Of(query) is { } union
        ? Commit.Items.Restrict(DateRangeQuery.Restrict(union, Request.Dates, Commit.DateKeysIn))
        : Query;

    /// <summary>Every facet selection: OR within a dimension, AND across; null when the request selects none.</summary>
    public Filter? Filter { get; }

    /// <summary>What the user should be told about the query: a malformed query read literally, a wildcard cut short...</summary>
    public IReadOnlyList<string> Notes => Read().Notes;

    internal OpenedCommit Commit { get; }

    internal IReadOnlyList<FacetSelection> Selections { get; }

    /// <summary>The filter as a query (see <see cref="Filter"/>), for callers that combine it with more clauses.</summary>
    internal Query? FacetQuery { get; }

    /// <summary>The query as read, before its patterns are expanded.</summary>
    internal CompiledQuery Compiled => compiled ??= reading.Compile(Request.Query);

    /// <summary>The query with its patterns expanded, not restricted to items; null when it is too large to run.</summary>
    internal Query? Rewritten => Read().Query;

    /// <summary>
    /// <see cref="Rewritten"/> within the request's date ranges (the same query when it has none): a range narrows the
    /// query itself, so every count and hit is within it. Highlight terms come from <see cref="Rewritten"/>.
    /// </summary>
    internal Query? Ranged => Rewritten is { } query ? DateRangeQuery.Restrict(query, Request.Dates, Commit.DateKeysIn) : null;

    /// <summary>
    /// <see cref="Rewritten"/> within each of the request's date ranges or without that date (see
    /// <see cref="DateRangeQuery.Gate"/>): one pass over it finds the hits and counts what the ranges leave out.
    /// </summary>
    internal Query? Gated => Rewritten is { } query ? DateRangeQuery.Gate(query, Request.Dates, Commit.DateKeysIn) : null;

    /// <summary>The filter of other facet selections on the same commit (such as "the same treatment"); null for none.</summary>
    internal Query? FacetQueryFor(IReadOnlyDictionary<string, IReadOnlyList<string>> filters) =>
        FacetSelection.Filter(FacetSelection.Resolve(Commit.FacetOrdinals, filters));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref closed, 1) == 0)
        {
            close();
        }
    }

    private ReadQuery Read()
    {
        if (read is null)
        {
            var notes = new List<string>(Compiled.Notes);
            var query = QueryReading.Rewrite(Commit.Searcher, Compiled, notes);
            read = new ReadQuery(query, notes);
        }

        return read;
    }

    /// <summary>The query as expanded on the commit (null when too large), with everything the user is told about it.</summary>
    private sealed record ReadQuery(Query? Query, List<string> Notes);
}
