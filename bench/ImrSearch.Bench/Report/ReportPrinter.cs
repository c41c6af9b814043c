using Spectre.Console;

namespace ImrSearch.Bench.Report;

/// <summary>The report as tables for a person (Spectre.Console; plain text when output is redirected).</summary>
internal static class ReportPrinter
{
    private static void PrintMix(IAnsiConsole console, BenchReport report, Phases.MixFigures mix, string how)
    {
        var table = new Table()
            .Title($"Queries in-process, {how} (mix {report.Queries.MixVersion}, {report.Queries.Rounds} rounds, all facets + highlights)")
            .AddColumns("class", "queries", "p50 ms", "p95 ms", "p99 ms", "max ms");
        foreach (var (name, figures) in mix.Classes)
        {
            table.AddRow(name, $"{figures.Queries}", $"{figures.P50Ms:N1}", $"{figures.P95Ms:N1}", $"{figures.P99Ms:N1}", $"{figures.MaxMs:N1}");
        }

        var all = mix.Overall;
        table.AddRow("[bold]all[/]", $"{report.Queries.Outcomes.Count}", $"{all.P50Ms:N1}", $"{all.P95Ms:N1}", $"{all.P99Ms:N1}", $"{all.MaxMs:N1}");
        console.Write(table);
        console.WriteLine($"Throughput: {mix.SingleThreadQueriesPerSecond:N1} queries/s on one thread, {mix.TwoThreadQueriesPerSecond:N1} on two.");
    }

    public static void Print(BenchReport report, IAnsiConsole console)
    {
        var machine = report.Machine;
        console.WriteLine(
            $"Machine: {machine.ProcessorCount} cores ({machine.CpuModel ?? "unknown CPU"}), {machine.TotalMemoryGB:N1} GB, {machine.Runtime}; " +
            $"load average before {machine.LoadAverage ?? "?"}, after {report.LoadAverageAfter ?? "?"}");
        var corpus = report.Corpus;
        console.WriteLine(
            $"Corpus: {corpus.Letters:N0} letters, {corpus.Items:N0} decided items ({corpus.Overturned:N0} overturned), {corpus.Bytes / 1e6:N1} MB of text, seed {report.Seed}" +
            (corpus.Reused ? " (reused from an earlier run)" : $", generated in {corpus.Elapsed.TotalSeconds:N1} s"));
        console.WriteLine();

        var build = report.Build;
        var buildTable = new Table().Title("Build (parse + index, from files)").AddColumns("figure", "value");
        buildTable.AddRow("letters / decided items indexed", $"{build.Cases:N0} / {build.Decisions:N0} ({build.Rejected:N0} rejected)");
        buildTable.AddRow("time", $"{build.Seconds:N1} s wall, {build.CpuSeconds:N1} s CPU ({build.CpuSeconds / build.Seconds:N2} cores busy)");
        buildTable.AddRow("letters/s", $"{build.LettersPerSecond:N0}");
        buildTable.AddRow("decided items/s", $"{build.ItemsPerSecond:N0}");
        buildTable.AddRow("MB/s of text", $"{build.MegabytesPerSecond:N2}");
        buildTable.AddRow("peak memory (working set)", $"{build.PeakMemoryMB:N0} MB{(build.PeakMemoryIsPhasePeak ? "" : " (process lifetime)")}");
        if (build.PeakAnonymousMB is double anonymous && build.PeakFileMappedMB is double mapped)
        {
            buildTable.AddRow("  of which, sampled peaks", $"{anonymous:N0} MB heap and native, {mapped:N0} MB memory-mapped index files");
        }
        buildTable.AddRow("index / raw text", $"{build.IndexBytes / 1e6:N1} MB / {build.TextBytes / 1e6:N1} MB = {build.IndexToTextRatio:N3}");
        console.Write(buildTable);

        if (report.Accuracy is { } accuracy)
        {
            var parserTable = new Table().Title($"Parser field accuracy ({report.AccuracyLetters:N0} letters)").AddColumns("field", "accuracy", "compared");
            foreach (var (field, rate) in accuracy.Rates())
            {
                parserTable.AddRow(field, $"{rate:P2}", $"{accuracy.Compared(field):N0}");
            }

            console.Write(parserTable);
        }

        if (report.Pdf is { } pdf)
        {
            var pdfTable = new Table().Title($"PDF letters beside text ({pdf.Letters:N0} letters, one thread)").AddColumns("form", "letters/s");
            pdfTable.AddRow("text", $"{pdf.TextLettersPerSecond:N0}");
            pdfTable.AddRow($"PDF (running header, Page N of M; {pdf.PdfBytes / 1e6 / Math.Max(pdf.Letters, 1) * 1000:N0} KB each)", $"{pdf.PdfLettersPerSecond:N0}");
            pdfTable.AddRow("read differently from the text", $"{pdf.Different:N0}");
            console.Write(pdfTable);
        }

        PrintMix(console, report, report.Queries.FirstTime, "first time: result cache and hit lists off, every request computed");
        PrintMix(console, report, report.Queries.Repeated, "repeated on one searcher: result sets from its cache");
        console.WriteLine(
            $"Filtered queries as refinements (right after the same query unfiltered; hit lists kept): p50 {report.Queries.FilteredAsRefinements.P50Ms:N1} ms, " +
            $"p95 {report.Queries.FilteredAsRefinements.P95Ms:N1} ms; computed afresh p50 {report.Queries.FilteredFirstTime.P50Ms:N1} ms, p95 {report.Queries.FilteredFirstTime.P95Ms:N1} ms.");
        console.WriteLine(
            $"Searcher opened (and warmed) in {report.Queries.OpenSeconds:N1} s; query-phase peak memory {report.Queries.PeakMemoryMB:N0} MB.");
        var empty = report.Queries.Outcomes.Where(o => o.Total == 0).Select(o => o.Query).ToList();
        if (empty.Count > 0)
        {
            console.WriteLine($"Queries with no hits: {string.Join("; ", empty)}");
        }

        if (report.Peers is { } peers)
        {
            PeersPrinter.Print(report, peers, console);
        }

        if (report.Http is { } http)
        {
            if (http.Skipped is not null)
            {
                console.WriteLine($"HTTP: skipped: {http.Skipped}");
            }
            else
            {
                var httpTable = new Table()
                    .Title($"HTTP (site started in {http.StartSeconds:N1} s; {http.SecondsPerRun:N0} s per run; peak {http.SitePeakMemoryMB:N0} MB)")
                    .AddColumns("target", "connections", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
                foreach (var run in http.Runs)
                {
                    httpTable.AddRow(run.Target, $"{run.Connections}", $"{run.RequestsPerSecond:N0}", $"{run.Latency.P50Ms:N1}", $"{run.Latency.P95Ms:N1}", $"{run.Latency.P99Ms:N1}", $"{run.Errors}");
                }

                console.Write(httpTable);
                foreach (var run in http.Runs.Where(r => r.FirstError is not null))
                {
                    console.WriteLine($"First error at {run.Target} x{run.Connections}: {run.FirstError}");
                }
            }
        }

        var targets = new Table().Title("Targets (issue 7, at one million decided items)").AddColumns("figure", "target", "measured", "met");
        foreach (var check in report.Targets())
        {
            targets.AddRow(Markup.Escape(check.Figure), Markup.Escape(check.Target), $"{check.Measured:N1}", check.Met ? "yes" : "[red]NO[/]");
        }

        console.Write(targets);
    }
}
