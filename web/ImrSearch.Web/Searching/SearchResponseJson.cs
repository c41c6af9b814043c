using System.Text.Json;
using System.Text.Json.Serialization;
using ImrSearch.Search;

namespace ImrSearch.Web.Searching;

/// <summary>
/// A <see cref="SearchResponse"/> as JSON, in the shape <c>imr-index search --json</c> prints: <c>total</c>,
/// <c>tookMs</c>, <c>page</c>, <c>size</c>, <c>hits</c>, <c>facets</c> by dimension, and <c>warning</c> only when
/// there is one. Enums by name, camelCase.
/// </summary>
public static class SearchResponseJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(SearchResponse response) => JsonSerializer.Serialize(Shape.From(response), Options);

    private sealed record Shape(
        long Total,
        double TookMs,
        int Page,
        int Size,
        IReadOnlyList<SearchHit> Hits,
        IReadOnlyDictionary<string, FacetResult> Facets,
        string? Warning)
    {
        public static Shape From(SearchResponse response) => new(
            response.Total,
            Math.Round(response.TookMs, 2),
            response.Page,
            response.PageSize,
            response.Hits,
            response.Facets,
            response.Warning);
    }
}
