using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>A user's query made ready to run.</summary>
/// <param name="Query">The Lucene query over decided items (not yet restricted to item documents).</param>
/// <param name="MatchesEverything">True for an empty query: browse every decided item.</param>
/// <param name="Notes">What the user should be told: a malformed query run literally, an unknown field, a stripped wildcard.</param>
/// <param name="Expansion">The rewrite that bounds wildcard expansions; after rewriting it knows which were cut short.</param>
internal sealed record CompiledQuery(
    Query Query,
    bool MatchesEverything,
    IReadOnlyList<string> Notes,
    BoundedTermExpansion Expansion);
