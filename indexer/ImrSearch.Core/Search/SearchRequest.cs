using ImrSearch.Index;

namespace ImrSearch.Search;

/// <summary>
/// What a user asked for: a query in Lucene classic syntax (null or blank browses everything), facet selections
/// by dimension name (OR within a dimension, AND across), a sort and a page. The limits of a request are stated here
/// once; the CLI and the site read them from here.
/// </summary>
/// <param name="Filters">Dimension name (see IndexSchema.FacetDimensions) to selected values.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize"><see cref="MinPageSize"/> to <see cref="MaxPageSize"/>.</param>
/// <param name="FacetTopN">How many values to return per dimension (selected values are always returned too).</param>
public sealed record SearchRequest(
    string? Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = SearchRequest.DefaultPageSize,
    int FacetTopN = 10)
{
    public const int MinPageSize = 10;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 10;
    public const int MaxFacetTopN = 1000;

    /// <summary>Date ranges the items must fall in (decided, injured, received); none by default.</summary>
    public DateRanges Dates { get; init; } = DateRanges.None;

    public static SearchRequest For(string? query) => new(query, new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The facet dimension a filter names (any letter case).</summary>
    /// <exception cref="SearchRequestException">No dimension has that name; the message lists those that do.</exception>
    public static FacetDimension Dimension(string name) =>
        IndexSchema.FindDimension(name)
        ?? throw new SearchRequestException(
            $"Unknown facet dimension '{name}'. Known dimensions: {string.Join(", ", IndexSchema.FacetDimensions.Select(d => d.Name))}.");

    /// <summary>Checks every parameter against the limits above and every filter's dimension.</summary>
    /// <exception cref="SearchRequestException">The first parameter out of range, said for the person who sent it.</exception>
    public void Validate()
    {
        if (Page < 1)
        {
            throw new SearchRequestException($"page must be 1 or more (got {Page}).");
        }

        if (PageSize is < MinPageSize or > MaxPageSize)
        {
            throw new SearchRequestException($"size must be between {MinPageSize} and {MaxPageSize} (got {PageSize}).");
        }

        if (FacetTopN is < 1 or > MaxFacetTopN)
        {
            throw new SearchRequestException($"The number of facet values must be between 1 and {MaxFacetTopN} (got {FacetTopN}).");
        }

        if (Filters is null)
        {
            throw new SearchRequestException("Filters must be given (an empty set for none).");
        }

        foreach (var dimension in Filters.Keys)
        {
            _ = Dimension(dimension);
        }

        if (Dates is null)
        {
            throw new SearchRequestException("Date ranges must be given (DateRanges.None for none).");
        }

        Dates.Validate();
    }
}
