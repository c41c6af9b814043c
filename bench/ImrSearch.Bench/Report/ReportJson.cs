using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImrSearch.Bench.Report;

/// <summary>
/// The report as JSON. Stable keys that scripts rely on: build.itemsPerSecond, build.peakMemoryMB,
/// build.indexToTextRatio, parser.fieldAccuracy.&lt;field&gt;, queries.&lt;class&gt;.p50Ms / p95Ms / p99Ms
/// (with queries.all for the whole mix), and the peers' keys (see <see cref="PeersJson"/>).
/// </summary>
internal static class ReportJson
{
    public static string Write(BenchReport report)
    {
        var json = new JsonObject
        {
            ["benchmark"] = new JsonObject
            {
                ["command"] = report.Command,
                ["started"] = report.Started.ToString("O"),
                ["seed"] = report.Seed,
                ["generatorVersion"] = Synthetic.CorpusWriter.GeneratorVersion,
                ["queryMix"] = report.Queries.MixVersion,
            },
            ["machine"] = new JsonObject
            {
                ["processors"] = report.Machine.ProcessorCount,
                ["cpu"] = report.Machine.CpuModel,
                ["memoryGB"] = Round(report.Machine.TotalMemoryGB),
                ["os"] = report.Machine.Os,
                ["runtime"] = report.Machine.Runtime,
                ["loadAverageBefore"] = report.Machine.LoadAverage,
                ["loadAverageAfter"] = report.LoadAverageAfter,
            },
            ["pdf"] = report.Pdf is not { } pdf ? null : new JsonObject
            {
                ["letters"] = pdf.Letters,
                ["textLettersPerSecond"] = Round(pdf.TextLettersPerSecond),
                ["pdfLettersPerSecond"] = Round(pdf.PdfLettersPerSecond),
                ["pdfKBPerLetter"] = Round(pdf.PdfBytes / 1e3 / Math.Max(pdf.Letters, 1)),
                ["readDifferently"] = pdf.Different,
            },
            ["corpus"] = new JsonObject
            {
                ["letters"] = report.Corpus.Letters,
                ["items"] = report.Corpus.Items,
                ["overturned"] = report.Corpus.Overturned,
                ["textMB"] = Round(report.Corpus.Bytes / 1e6),
                ["generationSeconds"] = Round(report.Corpus.Elapsed.TotalSeconds),
                ["reused"] = report.Corpus.Reused,
            },
            ["build"] = new JsonObject
            {
                ["letters"] = report.Build.Letters,
                ["cases"] = report.Build.Cases,
                ["decisions"] = report.Build.Decisions,
                ["rejected"] = report.Build.Rejected,
                ["firstRejection"] = report.Build.FirstRejection,
                ["seconds"] = Round(report.Build.Seconds),
                ["cpuSeconds"] = Round(report.Build.CpuSeconds),
                ["itemsPerCpuSecond"] = Round(report.Build.Decisions / report.Build.CpuSeconds),
                ["lettersPerSecond"] = Round(report.Build.LettersPerSecond),
                ["itemsPerSecond"] = Round(report.Build.ItemsPerSecond),
                ["megabytesPerSecond"] = Round(report.Build.MegabytesPerSecond),
                ["peakMemoryMB"] = Round(report.Build.PeakMemoryMB),
                ["peakAnonymousMB"] = Round(report.Build.PeakAnonymousMB),
                ["peakFileMappedMB"] = Round(report.Build.PeakFileMappedMB),
                ["textMB"] = Round(report.Build.TextBytes / 1e6),
                ["indexMB"] = Round(report.Build.IndexBytes / 1e6),
                ["indexToTextRatio"] = Round(report.Build.IndexToTextRatio, 3),
            },
            ["parser"] = Parser(report),
            ["queries"] = Queries(report.Queries.FirstTime, report.Queries.Outcomes.Count),
            ["queriesRepeated"] = Queries(report.Queries.Repeated, report.Queries.Outcomes.Count),
            ["queryRun"] = new JsonObject
            {
                ["mixVersion"] = report.Queries.MixVersion,
                ["rounds"] = report.Queries.Rounds,
                ["searcherOpenSeconds"] = Round(report.Queries.OpenSeconds),
                ["firstTimeSingleThreadQueriesPerSecond"] = Round(report.Queries.FirstTime.SingleThreadQueriesPerSecond),
                ["firstTimeTwoThreadQueriesPerSecond"] = Round(report.Queries.FirstTime.TwoThreadQueriesPerSecond),
                ["repeatedSingleThreadQueriesPerSecond"] = Round(report.Queries.Repeated.SingleThreadQueriesPerSecond),
                ["repeatedTwoThreadQueriesPerSecond"] = Round(report.Queries.Repeated.TwoThreadQueriesPerSecond),
                ["peakMemoryMB"] = Round(report.Queries.PeakMemoryMB),
                ["filteredFirstTime"] = Samples(report.Queries.FilteredFirstTime),
                ["filteredAsRefinements"] = Samples(report.Queries.FilteredAsRefinements),
                ["outcomes"] = new JsonArray(report.Queries.Outcomes.Select(o => (JsonNode)new JsonObject
                {
                    ["class"] = o.Class,
                    ["query"] = o.Query,
                    ["total"] = o.Total,
                    ["firstTimeP50Ms"] = Round(o.FirstMs, 2),
                    ["repeatedP50Ms"] = Round(o.RepeatedMs, 2),
                    ["warning"] = o.Warning,
                }).ToArray()),
            },
            ["http"] = Http(report),
            ["peers"] = report.Peers is { } peers ? PeersJson.Write(report, peers) : new JsonObject { ["skipped"] = "not requested (--peers)" },
            ["targets"] = new JsonArray(report.Targets().Select(t => (JsonNode)new JsonObject
            {
                ["figure"] = t.Figure,
                ["target"] = t.Target,
                ["measured"] = Round(t.Measured),
                ["met"] = t.Met,
            }).ToArray()),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject Parser(BenchReport report)
    {
        if (report.Accuracy is not { } accuracy)
        {
            return new JsonObject { ["skipped"] = true };
        }

        var rates = new JsonObject();
        foreach (var (field, rate) in accuracy.Rates())
        {
            rates[field] = Round(rate, 5);
        }

        var examples = new JsonObject();
        foreach (var (field, mismatches) in accuracy.Examples())
        {
            examples[field] = new JsonArray(mismatches.Select(m => (JsonNode)new JsonObject
            {
                ["source"] = m.Source,
                ["expected"] = m.Expected,
                ["actual"] = m.Actual,
            }).ToArray());
        }

        return new JsonObject { ["letters"] = report.AccuracyLetters, ["fieldAccuracy"] = rates, ["mismatchExamples"] = examples };
    }

    private static JsonObject Queries(Phases.MixFigures mix, int queryCount)
    {
        var queries = new JsonObject();
        foreach (var (name, figures) in mix.Classes)
        {
            queries[name] = Latency(figures.Queries, figures.Samples, figures.P50Ms, figures.P95Ms, figures.P99Ms, figures.MeanMs, figures.MaxMs);
        }

        var all = mix.Overall;
        queries["all"] = Latency(queryCount, all.Count, all.P50Ms, all.P95Ms, all.P99Ms, all.MeanMs, all.MaxMs);
        return queries;
    }

    private static JsonObject Samples(Measurement.LatencySummary summary) => new()
    {
        ["samples"] = summary.Count,
        ["p50Ms"] = Round(summary.P50Ms, 2),
        ["p95Ms"] = Round(summary.P95Ms, 2),
        ["p99Ms"] = Round(summary.P99Ms, 2),
        ["meanMs"] = Round(summary.MeanMs, 2),
        ["maxMs"] = Round(summary.MaxMs, 2),
    };

    private static JsonObject Latency(int queries, int samples, double p50, double p95, double p99, double mean, double max) => new()
    {
        ["queries"] = queries,
        ["samples"] = samples,
        ["p50Ms"] = Round(p50, 2),
        ["p95Ms"] = Round(p95, 2),
        ["p99Ms"] = Round(p99, 2),
        ["meanMs"] = Round(mean, 2),
        ["maxMs"] = Round(max, 2),
    };

    private static JsonObject Http(BenchReport report)
    {
        if (report.Http is not { } http)
        {
            return new JsonObject { ["skipped"] = "not requested (--http false)" };
        }

        if (http.Skipped is not null)
        {
            return new JsonObject { ["skipped"] = http.Skipped };
        }

        return new JsonObject
        {
            ["siteStartSeconds"] = Round(http.StartSeconds),
            ["sitePeakMemoryMB"] = Round(http.SitePeakMemoryMB),
            ["secondsPerRun"] = Round(http.SecondsPerRun),
            ["runs"] = new JsonArray(http.Runs.Select(r => (JsonNode)new JsonObject
            {
                ["target"] = r.Target,
                ["connections"] = r.Connections,
                ["requests"] = r.Requests,
                ["requestsPerSecond"] = Round(r.RequestsPerSecond),
                ["errors"] = r.Errors,
                ["firstError"] = r.FirstError,
                ["p50Ms"] = Round(r.Latency.P50Ms, 2),
                ["p95Ms"] = Round(r.Latency.P95Ms, 2),
                ["p99Ms"] = Round(r.Latency.P99Ms, 2),
                ["maxMs"] = Round(r.Latency.MaxMs, 2),
            }).ToArray()),
        };
    }

    private static double? Round(double? value, int digits = 1) => value is double v ? Math.Round(v, digits) : null;

    private static double Round(double value, int digits = 1) => Math.Round(value, digits);
}
