using System.Runtime.InteropServices;

namespace ImrSearch.Bench.Fuzz;

/// <summary>
/// CPU time of the calling thread (Linux): what one letter's parse costs regardless of how busy the machine is.
/// Elsewhere, null (the fuzz run then judges by wall-clock time).
/// </summary>
internal static class ThreadCpuTime
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return ClockGetTime(ThreadCpuClock, out var time) == 0
                ? TimeSpan.FromTicks((time.Seconds * 1_000_000_000 + time.Nanoseconds) / 100)
                : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
