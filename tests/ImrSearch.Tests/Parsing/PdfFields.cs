using System.Text.Json.Nodes;
using ImrSearch.Domain;

namespace ImrSearch.Tests.Parsing;

/// <summary>Compares two determinations field by field and names every field that differs, with both values.</summary>
internal static class PdfFields
{
    public static void AssertSame(Determination expected, Determination actual, params string[] ignoring)
    {
        var differences = new List<string>();
        Compare("", JsonNode.Parse(DeterminationJson.Serialize(expected)), JsonNode.Parse(DeterminationJson.Serialize(actual)), differences, ignoring);
        Assert.True(differences.Count == 0, "fields differ:\n" + string.Join("\n", differences));
    }

    private static void Compare(string path, JsonNode? expected, JsonNode? actual, List<string> differences, string[] ignoring)
    {
        if (ignoring.Contains(path.TrimStart('.')))
        {
            return;
        }

        switch (expected)
        {
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var key in expectedObject.Select(p => p.Key).Union(actualObject.Select(p => p.Key)))
                {
                    Compare(path + "." + key, expectedObject[key], actualObject[key], differences, ignoring);
                }

                break;
            case JsonArray expectedArray when actual is JsonArray actualArray:
                if (expectedArray.Count != actualArray.Count)
                {
                    differences.Add($"{path}: {expectedArray.Count} entries, not {actualArray.Count}");
                }

                for (var i = 0; i < Math.Min(expectedArray.Count, actualArray.Count); i++)
                {
                    Compare($"{path}[{i}]", expectedArray[i], actualArray[i], differences, ignoring);
                }

                break;
            default:
                var e = expected?.ToJsonString();
                var a = actual?.ToJsonString();
                if (e != a)
                {
                    differences.Add($"{path}:\n  text: {e}\n  pdf:  {a}");
                }

                break;
        }
    }
}
