namespace ImrSearch.Search;

/// <summary>
/// What a user asked for: a query in Lucene classic syntax (null or blank browses everything), facet selections
/// by dimension name (OR within a dimension, AND across), a sort and a page.
/// </summary>
/// <param name="Filters">Dimension name (see IndexSchema.FacetDimensions) to selected values.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">10 to 100.</param>
/// <param name="FacetTopN">How many values to return per dimension (selected values are always returned too).</param>
public sealed record SearchRequest(
    string? Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 10,
    int FacetTopN = 10)
{
    public static SearchRequest For(string? query) => new(query, new Dictionary<string, IReadOnlyList<string>>());
}

public enum SearchSort
{
    Relevance,
    Newest,
    Case,
}
