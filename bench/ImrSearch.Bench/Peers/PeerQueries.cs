using ImrSearch.Bench.Queries;
using ImrSearch.Index;
using ImrSearch.Peers;
using ImrSearch.Search;

namespace ImrSearch.Bench.Peers;

/// <summary>The bench's query mix as the peers run it.</summary>
internal static class PeerQueries
{
    /// <summary>
    /// Every query of the mix but the trends (outcomes by period is ImrSearch's own precedent explorer; the peers have
    /// no counterpart), with selected values spelled as the items spell them: ImrSearch matches a selection whatever its
    /// case ("female" selects "Female"), the peers' facet values are exact.
    /// </summary>
    public static IReadOnlyList<PeerQuery> From(IReadOnlyList<BenchQuery> mix, IReadOnlyDictionary<string, Dictionary<string, string>> displayValues)
    {
        var queries = new List<PeerQuery>();
        for (var i = 0; i < mix.Count; i++)
        {
            var query = mix[i];
            if (query.Trend)
            {
                continue;
            }

            var filters = query.Filters.ToDictionary(
                f => IndexSchema.FindDimension(f.Key)?.Name ?? f.Key,
                f => (IReadOnlyList<string>)f.Value
                    .Select(v => displayValues.GetValueOrDefault(IndexSchema.FindDimension(f.Key)?.Name ?? f.Key)?.GetValueOrDefault(FacetValues.FilterTerm(v)) ?? v)
                    .ToList());
            var dates = query.Dates ?? DateRanges.None;
            queries.Add(new PeerQuery(
                i,
                query.Class,
                query.Query,
                filters,
                query.Sort switch { SearchSort.Newest => PeerSort.Newest, SearchSort.Case => PeerSort.Case, _ => PeerSort.Relevance },
                query.Page,
                query.PageSize,
                Range(dates.Decided),
                Range(dates.Injured),
                Range(dates.Received)));
        }

        return queries;
    }

    private static PeerDateRange? Range(DateRange range) =>
        range.IsOpen ? null : new PeerDateRange(range.From is { } from ? DateKey.Of(from) : null, range.To is { } to ? DateKey.Of(to) : null);
}
