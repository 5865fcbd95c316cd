using System.Globalization;

namespace Sitrep.Bench.Harness;

/// <summary>
/// What <see cref="StageProfiler"/> measured of each step (time, bytes allocated, garbage-collection pauses that
/// elapsed while it ran), and the table it prints: the steps' times without those pauses, the pauses on a line of their
/// own (<c>gc</c>), so that a step is not charged for the collection its allocation happened to start.
/// </summary>
public sealed class StepTimes(bool pausesInClock)
{
    /// <summary>The name of the table's line of collection pauses.</summary>
    public const string GcLine = "gc";

    private readonly Dictionary<string, (TimeSpan Time, long Bytes)> steps = [];
    private TimeSpan pauses;

    /// <summary>
    /// Whether the clock counts a collection's pause in the step that was running: wall time does; the thread's CPU
    /// time does under the workstation GC (the thread that starts a collection does its work), not under the server
    /// GC (its own threads collect while this one waits: 5 steps with 56 ms of pauses in them used 16 ms of thread CPU
    /// in all, own work included; under the workstation GC, 12 used 178 ms for 177 ms of pauses).
    /// </summary>
    public static bool PausesInClock(bool cpuClock, bool serverGc) => !cpuClock || !serverGc;

    /// <summary>Adds one run of a step: the clock's time, the collection pauses that elapsed during it, the bytes it allocated.</summary>
    public void Add(string step, TimeSpan time, TimeSpan paused, long bytes)
    {
        var (total, allocated) = steps.GetValueOrDefault(step);
        // The clock may be coarser than the pause counter: a step's time is never made negative.
        var own = pausesInClock ? TimeSpan.FromTicks(Math.Max(0, (time - paused).Ticks)) : time;
        steps[step] = (total + own, allocated + bytes);
        pauses += paused;
    }

    /// <summary>The time of a step without the pauses, as added; zero for a step never added.</summary>
    public TimeSpan Time(string step) => steps.GetValueOrDefault(step).Time;

    /// <summary>The collection pauses that elapsed during all the steps.</summary>
    public TimeSpan Pauses => pauses;

    /// <summary>The table: a line a step, slowest first, then the <c>gc</c> line; times and bytes per article.</summary>
    public void WriteTable(int articles, TextWriter output)
    {
        var total = steps.Values.Sum(s => s.Time.TotalMilliseconds) + pauses.TotalMilliseconds;
        output.WriteLine("step              ms/article   share   KB allocated/article");
        foreach (var (step, (time, bytes)) in steps.OrderByDescending(s => s.Value.Time))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{step,-16} {time.TotalMilliseconds / articles,11:0.000} {time.TotalMilliseconds / total,7:P0} {bytes / 1024.0 / articles,22:0.0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{GcLine,-16} {pauses.TotalMilliseconds / articles,11:0.000} {pauses.TotalMilliseconds / total,7:P0} {"(pauses, wall)",22}"));
    }
}
