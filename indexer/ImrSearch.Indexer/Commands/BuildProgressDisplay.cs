using ImrSearch.Index;
using Spectre.Console;

namespace ImrSearch.Indexer.Commands;

/// <summary>
/// Shows build progress: a Spectre.Console bar with rate and time left on an interactive terminal, plain lines
/// every few seconds when output is redirected (logs, CI), nothing at all for a build too quick to need it.
/// </summary>
internal static class BuildProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static bool IsInteractive =>
        !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="build"/>, handing it the progress sink that suits the console.</summary>
    public static T Run<T>(Func<IProgress<BuildProgress>, T> build)
    {
        if (!IsInteractive)
        {
            return build(new PlainProgress(Console.Out));
        }

        return AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn(),
                new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Reading letters", autoStart: true, maxValue: 1);
                return build(new Sink<BuildProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Processed;
                    task.Description = $"{p.Processed:N0}/{p.Total:N0} letters, {p.Rate:N0}/s";
                }));
            });
    }

    /// <summary>A line per interval: count, percentage, rate and estimated time left.</summary>
    internal sealed class PlainProgress(TextWriter output) : IProgress<BuildProgress>
    {
        private readonly Lock gate = new();
        private TimeSpan lastLine = TimeSpan.Zero;

        public void Report(BuildProgress value)
        {
            lock (gate)
            {
                var finished = value.Processed >= value.Total;
                if (value.Elapsed - lastLine < PlainInterval && !(finished && lastLine > TimeSpan.Zero))
                {
                    return;
                }

                lastLine = value.Elapsed;
                var percent = value.Total == 0 ? 100 : 100.0 * value.Processed / value.Total;
                var remaining = value.Remaining is { } left ? $", about {left:hh\\:mm\\:ss} left" : "";
                output.WriteLine($"{value.Processed:N0}/{value.Total:N0} letters ({percent:N0}%), {value.Rate:N0} letters/s{remaining}");
            }
        }
    }

    /// <summary>Calls back on the reporting thread; Progress&lt;T&gt; would queue reports behind a busy thread pool.</summary>
    private sealed class Sink<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
