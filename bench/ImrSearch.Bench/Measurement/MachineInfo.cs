using System.Runtime.InteropServices;

namespace ImrSearch.Bench.Measurement;

/// <summary>What the figures were measured on, including how busy the machine was (other users share it).</summary>
internal sealed record MachineInfo(
    int ProcessorCount,
    string Os,
    string Runtime,
    double? TotalMemoryGB,
    string? LoadAverage,
    string? CpuModel)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        TotalMemory(),
        LoadAverageNow(),
        ReadCpuModel());

    /// <summary>The 1, 5 and 15 minute load averages (Linux), as `uptime` prints them.</summary>
    public static string? LoadAverageNow()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static double? TotalMemory()
    {
        var bytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return bytes > 0 ? bytes / 1e9 : null;
    }

    private static string? ReadCpuModel()
    {
        try
        {
            return File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
