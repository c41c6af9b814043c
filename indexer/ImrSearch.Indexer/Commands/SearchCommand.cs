using System.CommandLine;
using System.Text;
using ImrSearch.Highlighting;
using ImrSearch.Json;
using ImrSearch.Search;

namespace ImrSearch.Indexer.Commands;

/// <summary>`imr-index search`: one page of decided items for a query and facet filters, as JSON or as a readable list.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index folder.", Required = true };
        var query = new Option<string?>("--query", "-q") { Description = "Lucene classic syntax; empty browses everything." };
        var filters = new Option<string[]>("--filter", "-f")
        {
            Description = "dimension=value (repeatable; OR within a dimension, AND across), e.g. decision=Overturned.",
            AllowMultipleArgumentsPerToken = false,
        };
        var sort = new Option<string>("--sort") { Description = "relevance, newest or case.", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "newest", "case");
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = $"Hits per page, {SearchRequest.MinPageSize} to {SearchRequest.MaxPageSize}.", DefaultValueFactory = _ => SearchRequest.DefaultPageSize };
        var facetValues = new Option<int>("--facet-values") { Description = "Values listed per facet dimension.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: total, tookMs, hits, facets, warning." };
        var dateOptions = DateRanges.Kinds
            .SelectMany(kind => new[] { true, false }.Select(from => (Kind: kind, From: from, Option: new Option<string?>(DateOption(kind, from))
            {
                Description = $"Only items whose {DateRanges.Describe(kind)} is {(from ? "on or after" : "on or before")} this date (yyyy-MM-dd); items without it are left out and counted.",
            })))
            .ToList();
        var command = new Command("search", "Search the decided items of an index.") { index, query, filters, sort, page, size, facetValues, json };
        foreach (var date in dateOptions)
        {
            command.Options.Add(date.Option);
        }

        command.SetAction(parsed => Run(
            parsed.GetValue(index)!,
            parsed.GetValue(query),
            parsed.GetValue(filters) ?? [],
            parsed.GetValue(sort)!,
            parsed.GetValue(page),
            parsed.GetValue(size),
            parsed.GetValue(facetValues),
            parsed.GetValue(json),
            [.. dateOptions.Select(d => (d.Kind, d.From, parsed.GetValue(d.Option)))]));
        return command;
    }

    /// <summary>--decided-from, --injured-to...</summary>
    private static string DateOption(DateKind kind, bool from) =>
        "--" + kind.ToString().ToLowerInvariant() + (from ? "-from" : "-to");

    private static int Run(
        string indexDirectory,
        string? query,
        string[] filterArguments,
        string sort,
        int page,
        int size,
        int facetValues,
        bool json,
        IReadOnlyList<(DateKind Kind, bool From, string? Text)> dateArguments)
    {
        var filters = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var argument in filterArguments)
        {
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == argument.Length - 1)
            {
                Console.Error.WriteLine($"--filter '{argument}' is not dimension=value (for example decision=Overturned).");
                return ExitCodes.Usage;
            }

            var dimension = argument[..equals].Trim();
            if (!filters.TryGetValue(dimension, out var values))
            {
                values = [];
                filters[dimension] = values;
            }

            values.Add(argument[(equals + 1)..].Trim());
        }

        var dates = DateRanges.None;
        try
        {
            foreach (var (kind, from, text) in dateArguments)
            {
                var date = DateRanges.ParseDate(DateOption(kind, from), text);
                dates = dates.With(kind, from ? dates[kind] with { From = date } : dates[kind] with { To = date });
            }
        }
        catch (SearchRequestException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }

        var request = new SearchRequest(
            query,
            filters.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value, StringComparer.OrdinalIgnoreCase),
            Enum.Parse<SearchSort>(sort, ignoreCase: true),
            page,
            size,
            facetValues)
        {
            Dates = dates,
        };

        SearchResponse response;
        try
        {
            // Someone searching their own index from a terminal can stop it themselves: no time budget (a cold first
            // search in a fresh process pays for loading the index).
            using var searcher = new DecisionSearcher(indexDirectory, new DecisionSearcherOptions { TimeBudget = Timeout.InfiniteTimeSpan });
            response = searcher.Search(request);
        }
        catch (SearchRequestException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Cannot read the index: {e.Message}");
            return ExitCodes.Usage;
        }

        if (json)
        {
            Console.WriteLine(SearchResponseJson.Serialize(response, ImrJson.Readable));
        }
        else
        {
            WriteReadable(response, bold: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);
        }

        return ExitCodes.Success;
    }

    private static void WriteReadable(SearchResponse response, bool bold)
    {
        var output = new StringBuilder();
        if (response.Warning is not null)
        {
            output.AppendLine($"Note: {response.Warning}");
        }

        foreach (var missing in response.MissingDates)
        {
            output.AppendLine($"Note: {missing.Describe()}");
        }

        var first = ((response.Page - 1) * response.PageSize) + 1;
        output.AppendLine(response.Total == 0
            ? $"No decided items match ({response.TookMs:0.#} ms)."
            : $"{response.Total} decided items; {first}-{first + response.Hits.Count - 1} shown ({response.TookMs:0.#} ms).");
        for (var i = 0; i < response.Hits.Count; i++)
        {
            var hit = response.Hits[i];
            output.AppendLine();
            output.AppendLine($"{first + i}. {TerminalText(hit.ItemHighlight, bold)}: {hit.Decision}");
            var facts = new[] { hit.CaseId, "item " + (hit.ItemIndex + 1), hit.Treatment, hit.BodyRegion, string.Join(", ", hit.Specialties), hit.DecisionYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            output.AppendLine("   " + string.Join(" · ", facts.Where(f => !string.IsNullOrEmpty(f))));
            if (hit.SummaryHighlight is not null)
            {
                output.AppendLine("   Summary: " + TerminalText(hit.SummaryHighlight, bold));
            }

            foreach (var passage in hit.Highlights)
            {
                output.AppendLine("   > " + TerminalText(passage, bold));
            }
        }

        output.AppendLine();
        foreach (var (dimension, facet) in response.Facets)
        {
            if (facet.Values.Count == 0)
            {
                continue;
            }

            var values = facet.Values.Select(v => $"{(v.Selected ? "[x] " : "")}{v.Value} {v.Count}");
            var more = facet.Distinct > facet.Values.Count(v => v.Count > 0) ? $" (+{facet.Distinct - facet.Values.Count(v => v.Count > 0)} more)" : "";
            output.AppendLine($"{dimension}: {string.Join(", ", values)}{more}");
        }

        Console.Write(output.ToString());
    }

    /// <summary>Highlighted text for a terminal: marks in bold (ANSI) on a terminal, plain when redirected.</summary>
    internal static string TerminalText(MarkedText text, bool bold)
    {
        if (!bold)
        {
            return text.Text;
        }

        var output = new StringBuilder(text.Text.Length + (text.Marks.Count * 9));
        foreach (var run in text.Runs())
        {
            output.Append(run.Marked ? "\u001b[1m" + run.Text + "\u001b[22m" : run.Text);
        }

        return output.ToString();
    }
}
