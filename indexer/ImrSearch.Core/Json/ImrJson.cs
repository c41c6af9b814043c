using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImrSearch.Json;

/// <summary>
/// The JSON conventions of every ImrSearch output, set in one place: camelCase keys, enums by name, and absent values
/// left out. Each named variant says what it changes.
/// </summary>
public static class ImrJson
{
    /// <summary>The JSON API's (and any JSON the site writes): compact.</summary>
    public static JsonSerializerOptions Api { get; } = Frozen(Create());

    /// <summary>What a person reads on a terminal or in a file (<c>--json</c>, build reports): indented, and text left readable ("&lt;mark&gt;", curly quotes) instead of \u escapes.</summary>
    public static JsonSerializerOptions Readable { get; } = Frozen(new JsonSerializerOptions(Create())
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Options built on the shared conventions, for a form that changes one of them (see <see cref="Domain.DeterminationJson"/>).</summary>
    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }

    /// <summary>Applies the shared conventions to options a host owns (ASP.NET Core's HTTP JSON options).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter());
        }
    }

    private static JsonSerializerOptions Frozen(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
