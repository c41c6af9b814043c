using System.Text.Json;
using System.Text.Json.Serialization;
using ImrSearch.Search;

namespace ImrSearch.Web.Searching;

/// <summary>A <see cref="SearchResponse"/> as JSON: camelCase, enums by name, <c>warning</c> only when there is one.</summary>
public static class SearchResponseJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(SearchResponse response) => JsonSerializer.Serialize(response, Options);
}
