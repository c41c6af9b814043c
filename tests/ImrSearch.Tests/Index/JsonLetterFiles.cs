using System.Text.Json;
using System.Text.Json.Serialization;
using ImrSearch.Domain;

namespace ImrSearch.Tests.Index;

/// <summary>
/// Letter files for indexer tests that do not depend on the parser: each file holds a determination as JSON, or
/// "REJECT: reason" for a letter the reader turns down.
/// </summary>
internal static class JsonLetterFiles
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(Determination determination) => JsonSerializer.Serialize(determination, Options);

    public static LetterParseResult Read(string path)
    {
        var text = File.ReadAllText(path);
        if (text.StartsWith("REJECT: ", StringComparison.Ordinal))
        {
            return LetterParseResult.Rejected(path, text["REJECT: ".Length..]);
        }

        return LetterParseResult.Parsed(path, JsonSerializer.Deserialize<Determination>(text, Options)!);
    }

    public static void Write(string corpus, Determination determination) =>
        File.WriteAllText(Path.Combine(corpus, determination.Source), Serialize(determination));
}
