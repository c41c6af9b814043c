using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ImrSearch.Tests.Parsing;

/// <summary>
/// The CPU time the calling thread has used, so a hang guard measures the work done rather than how busy the machine
/// is (several builds share two cores here). Falls back to wall time where the thread clock is not available.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    public static TimeSpan Measure(Action action)
    {
        if (!OperatingSystem.IsLinux())
        {
            var wall = Stopwatch.StartNew();
            action();
            return wall.Elapsed;
        }

        var before = Now();
        action();
        return Now() - before;
    }

    private static TimeSpan Now()
    {
        if (clock_gettime(ThreadCpuTimeClock, out var time) != 0)
        {
            throw new InvalidOperationException("The thread's CPU clock could not be read.");
        }

        return TimeSpan.FromTicks((time.Seconds * 1_000_000_000 + time.Nanoseconds) / 100);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
