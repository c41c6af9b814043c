using ImrSearch.Highlighting;
using Lucene.Net.Search;

namespace ImrSearch.Search.Caching;

/// <summary>
/// Every decided item one query matches on one reader, with its score, kept so that refining the query (choosing
/// facet values, changing the sort) replays these hits instead of searching the index again. With the query as it
/// was rewritten and what it asks to highlight, so a refinement also skips parsing.
/// </summary>
/// <param name="Docs">Global doc ids, ascending.</param>
/// <param name="Scores">The query's score of each document, as the searcher computed it.</param>
/// <param name="Notes">What the user was told about the query (a literal reading, a truncated wildcard...).</param>
internal sealed record QueryHits(Query Query, HighlightTerms Terms, IReadOnlyList<string> Notes, int[] Docs, float[] Scores)
{
    /// <summary>
    /// What keeping an entry costs besides its hits and query (its key, notes and highlight terms), in bytes: so a
    /// flood of queries matching nothing cannot fill the cache with entries that weigh nothing.
    /// </summary>
    public const long EntryBytes = 8192;

    /// <summary>What a hit list costs to keep, in bytes: 8 per hit (a doc id and a score), its rewritten query, the entry.</summary>
    public long Bytes { get; } = (8L * Docs.Length) + CachedBytes.Of(Query) + CachedBytes.Of(Notes) + EntryBytes;
}
