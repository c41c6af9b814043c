using System.Diagnostics;
using ImrSearch.Bench.Measurement;
using ImrSearch.Index;

namespace ImrSearch.Bench.Phases;

/// <summary>Build figures: parse and index from files, as `imr-index build` does it.</summary>
internal sealed record BuildFigures(
    int Letters,
    int Cases,
    int Decisions,
    int Rejected,
    string? FirstRejection,
    double Seconds,
    double CpuSeconds,
    double LettersPerSecond,
    double ItemsPerSecond,
    double MegabytesPerSecond,
    double PeakMemoryMB,
    bool PeakMemoryIsPhasePeak,
    double? PeakAnonymousMB,
    double? PeakFileMappedMB,
    long TextBytes,
    long IndexBytes,
    double IndexToTextRatio);

/// <summary>Builds the index from the generated letter files with <see cref="CorpusIndexer"/>, from scratch.</summary>
internal static class BuildPhase
{
    public static BuildFigures Run(string lettersDirectory, string indexDirectory, long textBytes, TextWriter log)
    {
        if (Directory.Exists(indexDirectory))
        {
            Directory.Delete(indexDirectory, recursive: true);
        }

        GC.Collect();
        var phasePeak = PeakMemory.Reset();
        var lastLog = Stopwatch.StartNew();
        double? peakAnonymous = null, peakFile = null;
        var progress = new SynchronousProgress<BuildProgress>(p =>
        {
            // Sampled at every progress report (four a second): what the resident memory is made of.
            var (anonymous, file) = PeakMemory.ResidentSplit();
            peakAnonymous = Math.Max(peakAnonymous ?? 0, anonymous ?? 0);
            peakFile = Math.Max(peakFile ?? 0, file ?? 0);
            if (lastLog.Elapsed >= TimeSpan.FromSeconds(15) || p.Processed == p.Total)
            {
                lastLog.Restart();
                log.WriteLine($"  build: {p.Processed:N0}/{p.Total:N0} letters, {p.Rate:N0} letters/s, {PeakMemory.PeakMegabytes():N0} MB peak");
            }
        });

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var report = new CorpusIndexer().Build(lettersDirectory, indexDirectory, progress);
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var peak = PeakMemory.PeakMegabytes();
        var seconds = report.Elapsed.TotalSeconds;
        var indexBytes = DirectorySize(indexDirectory);
        return new BuildFigures(
            report.Letters,
            report.Cases,
            report.Decisions,
            report.Rejected.Count,
            report.Rejected.Count > 0 ? $"{report.Rejected[0].Source}: {report.Rejected[0].Reason}" : null,
            seconds,
            cpuSeconds,
            report.Letters / seconds,
            report.Decisions / seconds,
            textBytes / 1e6 / seconds,
            peak,
            phasePeak,
            peakAnonymous,
            peakFile,
            textBytes,
            indexBytes,
            (double)indexBytes / textBytes);
    }

    public static long DirectorySize(string directory) =>
        new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    /// <summary>Reports on the reporting thread (Progress&lt;T&gt; would post to the thread pool and lag the build).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        private readonly object gate = new();

        public void Report(T value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}
