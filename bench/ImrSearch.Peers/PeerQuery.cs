using System.Globalization;
using System.Text;

namespace ImrSearch.Peers;

/// <summary>How a peer orders a page: relevance, newest decision first, or by case id and item order (as ImrSearch's sorts).</summary>
public enum PeerSort
{
    Relevance,
    Newest,
    Case,
}

/// <summary>An inclusive range of yyyymmdd keys; null ends are open. Items without the date are outside every range.</summary>
public sealed record PeerDateRange(int? From, int? To);

/// <summary>
/// One query of the bench's mix as the peers run it: the text in Lucene classic syntax, the facet values selected
/// (OR within a dimension, AND across, counted drill-sideways), date ranges, sort and page.
/// </summary>
/// <param name="Index">Position in the mix, so a peer's answer is matched to ImrSearch's.</param>
/// <param name="Filters">Dimension to selected values, spelled as the items file spells them (display case).</param>
public sealed record PeerQuery(
    int Index,
    string Class,
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    PeerSort Sort,
    int Page,
    int PageSize,
    PeerDateRange? Decided = null,
    PeerDateRange? Injured = null,
    PeerDateRange? Received = null)
{
    /// <summary>
    /// The queries file LucenePeer.java reads: one tab-separated line per query: index, class, query, filters (each
    /// "dimension U+001F value U+001F value", joined by U+001E), sort, page, page size, then from and to of the
    /// decided, injured and received ranges (empty when open).
    /// </summary>
    public static string Write(IEnumerable<PeerQuery> queries)
    {
        var builder = new StringBuilder("# index\tclass\tquery\tfilters\tsort\tpage\tpageSize\tdecidedFrom\tdecidedTo\tinjuredFrom\tinjuredTo\treceivedFrom\treceivedTo\n");
        foreach (var q in queries)
        {
            var filters = string.Join(PeerItemFormat.FilterSeparator, q.Filters.Select(f =>
                string.Join(PeerItemFormat.ValueSeparator, f.Value.Prepend(f.Key).Select(PeerItemFormat.Escape))));
            builder.AppendJoin('\t', [
                q.Index.ToString(CultureInfo.InvariantCulture),
                q.Class,
                PeerItemFormat.Escape(q.Query),
                filters,
                q.Sort.ToString().ToLowerInvariant(),
                q.Page.ToString(CultureInfo.InvariantCulture),
                q.PageSize.ToString(CultureInfo.InvariantCulture),
                PeerItem.Format(q.Decided?.From), PeerItem.Format(q.Decided?.To),
                PeerItem.Format(q.Injured?.From), PeerItem.Format(q.Injured?.To),
                PeerItem.Format(q.Received?.From), PeerItem.Format(q.Received?.To),
            ]);
            builder.Append('\n');
        }

        return builder.ToString();
    }

    public override string ToString()
    {
        var filters = string.Join(" ", Filters.Select(f => $"{f.Key}={string.Join("|", f.Value)}"));
        return (Query.Length == 0 ? "(browse)" : Query) + (filters.Length > 0 ? " [" + filters + "]" : "") + (Page > 1 ? $" page {Page}" : "");
    }
}
