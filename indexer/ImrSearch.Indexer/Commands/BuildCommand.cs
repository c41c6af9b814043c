using System.CommandLine;
using System.Text.Json;
using ImrSearch.Index;
using ImrSearch.Json;

namespace ImrSearch.Indexer.Commands;

/// <summary>`imr-index build`: build or update an index from a corpus folder, in one commit.</summary>
internal static class BuildCommand
{
    private const int RejectionsShown = 20;

    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "The folder of letters (.txt, .pdf; subfolders included).", Required = true };
        var index = new Option<string>("--index") { Description = "The index folder, created if missing, updated if it holds an index.", Required = true };
        var report = new Option<string?>("--report") { Description = "Write a JSON report here: totals and every rejected letter with its reason." };
        var ramBuffer = new Option<double>("--ram-buffer-mb")
        {
            Description = "Indexing memory before a segment is written to disk.",
            DefaultValueFactory = _ => CorpusIndexer.DefaultRamBufferMegabytes,
        };
        ramBuffer.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 1 or > 2048)
            {
                result.AddError("--ram-buffer-mb must be between 1 and 2048.");
            }
        });
        var allowMassRemoval = new Option<bool>("--allow-mass-removal")
        {
            Description = "Let the build remove more than half of the indexed letters (without it, the build stops: an empty or unmounted corpus folder looks the same).",
        };
        var command = new Command(
            "build",
            "Build or update the index: new and changed letters are indexed, removed letters deleted, unchanged letters left alone. "
            + "Exit 0 all indexed, 1 some letters rejected or folders unreadable (the rest committed), 2 usage or I/O error, or a build that would remove over half the index.")
        {
            corpus, index, report, ramBuffer, allowMassRemoval,
        };
        command.SetAction((parsed, cancellation) =>
            Task.FromResult(Run(parsed.GetValue(corpus)!, parsed.GetValue(index)!, parsed.GetValue(report), new CorpusIndexer
            {
                RamBufferMegabytes = parsed.GetValue(ramBuffer),
                AllowMassRemoval = parsed.GetValue(allowMassRemoval),
            }, cancellation)));
        return command;
    }

    private static int Run(string corpus, string index, string? reportPath, CorpusIndexer indexer, CancellationToken cancellation)
    {
        BuildReport report;
        try
        {
            report = BuildProgressDisplay.Run(progress => indexer.Build(corpus, index, progress, cancellation));
        }
        catch (IndexLockedException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
        catch (MassRemovalException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
        catch (IndexWriteException e)
        {
            Console.Error.WriteLine($"Build failed: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Build cancelled; the index is as it was before this build.");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Build failed, the index is as it was before this build: {e.Message}");
            return ExitCodes.Usage;
        }

        if (report.AnalysisChanged)
        {
            Console.WriteLine("The index was built with another schema or synonym vocabulary: every letter was re-indexed.");
        }

        Console.WriteLine(
            $"{report.Summary}. The index holds {report.Cases:N0} cases, {report.Decisions:N0} decisions ({report.Elapsed.TotalSeconds:N1} s).");
        foreach (var rejected in report.Rejected.Take(RejectionsShown))
        {
            Console.Error.WriteLine($"rejected {rejected.Source}: {rejected.Reason}");
        }

        foreach (var folder in report.UnreadableFolders)
        {
            Console.Error.WriteLine($"unreadable folder {folder.Path}: {folder.Reason} (the letters indexed from it are kept)");
        }

        if (report.Rejected.Count > RejectionsShown)
        {
            var where = reportPath is null ? "run with --report <file.json> to list them all" : $"all are listed in {reportPath}";
            Console.Error.WriteLine($"... and {report.Rejected.Count - RejectionsShown:N0} more rejected letters; {where}.");
        }

        if (reportPath is not null && !WriteReport(reportPath, report))
        {
            return ExitCodes.Usage;
        }

        return report.Rejected.Count > 0 || report.UnreadableFolders.Count > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    private static bool WriteReport(string path, BuildReport report)
    {
        var shape = new
        {
            report.Corpus,
            report.Index,
            report.Letters,
            report.Added,
            report.Updated,
            report.Removed,
            report.Unchanged,
            RejectedCount = report.Rejected.Count,
            report.Cases,
            report.Decisions,
            ElapsedSeconds = Math.Round(report.Elapsed.TotalSeconds, 3),
            Rejected = report.Rejected.Select(r => new { r.Source, r.Reason }),
            UnreadableFolders = report.UnreadableFolders.Select(f => new { f.Path, f.Reason }),
            report.KeptFromUnreadableFolders,
        };
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, JsonSerializer.Serialize(shape, ImrJson.Readable));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"The index was committed, but the report could not be written to {path}: {e.Message}");
            return false;
        }
    }
}
