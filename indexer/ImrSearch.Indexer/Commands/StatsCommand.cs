using System.CommandLine;
using System.Text.Json;
using ImrSearch.Index;
using ImrSearch.Json;

namespace ImrSearch.Indexer.Commands;

/// <summary>`imr-index stats`: cases, decided items and every facet dimension's value counts in an index.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index folder.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: cases, decisions, facets {dimension: {value: count}}." };
        var command = new Command("stats", "Count the letters, decided items and facet values in an index.") { index, json };
        command.SetAction(parsed => Run(parsed.GetValue(index)!, parsed.GetValue(json)));
        return command;
    }

    private static int Run(string indexDirectory, bool json)
    {
        IndexStatistics statistics;
        try
        {
            statistics = IndexStatistics.Read(indexDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Cannot read the index: {e.Message}");
            return ExitCodes.Usage;
        }

        if (json)
        {
            var shape = new
            {
                cases = statistics.Cases,
                decisions = statistics.Decisions,
                facets = statistics.Facets.ToDictionary(
                    pair => pair.Key,
                    pair => pair.Value.ToDictionary(count => count.Value, count => count.Count)),
            };
            Console.WriteLine(JsonSerializer.Serialize(shape, ImrJson.Readable));
            return ExitCodes.Success;
        }

        Console.WriteLine($"{statistics.Cases} cases, {statistics.Decisions} decisions");
        foreach (var dimension in IndexSchema.FacetDimensions)
        {
            var counts = statistics.Facets[dimension.Name];
            var values = counts.Count == 0 ? "(none)" : string.Join(", ", counts.Select(c => $"{c.Value} {c.Count}"));
            Console.WriteLine($"{dimension.Label}: {values}");
        }

        return ExitCodes.Success;
    }
}
