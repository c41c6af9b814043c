using System.Diagnostics;

namespace ImrSearch.Bench.Measurement;

/// <summary>
/// The process's peak resident memory (peak working set). On Linux the peak can be reset (clear_refs), so each
/// phase reports its own peak rather than the whole run's; elsewhere the process-lifetime peak is reported.
/// </summary>
internal static class PeakMemory
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>Starts a new peak from the current resident size; false when the platform cannot.</summary>
    public static bool Reset()
    {
        try
        {
            if (!File.Exists(ClearRefs))
            {
                return false;
            }

            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Peak resident memory in MB since the last <see cref="Reset"/> (or process start).</summary>
    public static double PeakMegabytes()
    {
        if (File.Exists(Status))
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal) &&
                    long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kilobytes))
                {
                    return kilobytes / 1024.0;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>
    /// Current resident memory split (Linux): anonymous (managed heap, native allocations) and file-backed
    /// (memory-mapped index files, which the kernel can drop), in MB; nulls elsewhere.
    /// </summary>
    public static (double? AnonymousMB, double? FileMB) ResidentSplit()
    {
        double? anonymous = null, file = null;
        if (!File.Exists(Status))
        {
            return (null, null);
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anonymous = Kilobytes(line) / 1024.0;
            }
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
            {
                file = Kilobytes(line) / 1024.0;
            }
        }

        return (anonymous, file);
    }

    private static long Kilobytes(string line) =>
        long.TryParse(line[(line.IndexOf(':') + 1)..].Trim().Split(' ')[0], out var kilobytes) ? kilobytes : 0;

    /// <summary>The peak resident memory of another process (the site), in MB, or null when it cannot be read.</summary>
    public static double? PeakMegabytes(int processId)
    {
        var status = $"/proc/{processId}/status";
        try
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal) &&
                    long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kilobytes))
                {
                    return kilobytes / 1024.0;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return null;
    }
}
