using System.Text.Json;
using System.Text.Json.Nodes;
using ImrSearch.Domain;

namespace ImrSearch.Parsing;

/// <summary>
/// One line of `imr-index parse --json`: source, status ("parsed" or "rejected") and error first, then the
/// determination's fields in <see cref="DeterminationJson"/> form.
/// </summary>
public static class ParseResultJson
{
    public static string ToJsonLine(LetterParseResult result)
    {
        var line = new JsonObject
        {
            ["source"] = result.Source,
            ["status"] = result.IsParsed ? "parsed" : "rejected",
            ["error"] = result.Error,
        };

        if (result.Determination is { } determination)
        {
            foreach (var (key, value) in DeterminationJson.ToJsonObject(determination).ToList())
            {
                if (key != "source")
                {
                    line[key] = value?.DeepClone();
                }
            }
        }

        return line.ToJsonString(DeterminationJson.Options);
    }

    /// <summary>Reads a line back (for tests and tools that consume the command's output).</summary>
    public static JsonObject Read(string line) =>
        JsonNode.Parse(line)?.AsObject() ?? throw new JsonException("The line is not a JSON object.");
}
