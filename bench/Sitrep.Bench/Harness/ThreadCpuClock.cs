using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sitrep.Bench.Harness;

/// <summary>
/// The CPU time the calling thread has used, so that a profile taken while other processes share the cores still
/// compares with one taken on an idle machine. Linux only (<c>clock_gettime</c>); elsewhere, wall time.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux();

    public static TimeSpan Now()
    {
        if (!IsCpuTime) return Stopwatch.GetElapsedTime(0);
        if (clock_gettime(ClockThreadCpuTime, out var now) != 0) throw new InvalidOperationException("clock_gettime failed");
        return TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out Timespec time);
}
