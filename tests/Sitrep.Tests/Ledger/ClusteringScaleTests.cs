using System.Diagnostics;
using Sitrep.Ledger;
using Sitrep.Model;
using Xunit.Abstractions;
using static Sitrep.Tests.Support.LedgerSamples;

namespace Sitrep.Tests.Ledger;

/// <summary>Clustering 100,000 synthetic events: the time goes to the test output (not asserted), the result is checked.</summary>
public sealed class ClusteringScaleTests(ITestOutputHelper output)
{
    private const int Count = 100_000;
    private const int NewEvents = 100;

    [Fact]
    public void AHundredThousandEventsClusterAndANewBatchJoinsThemIncrementally()
    {
        var all = Stored(Synthetic(Count + NewEvents));
        var existing = all.Take(Count).ToList();

        var (first, firstTime) = Timed(() => EventClusterer.Update(existing, []));
        var (next, nextTime) = Timed(() => EventClusterer.Update(all, first.Upserts));
        output.WriteLine($"{Count} events from scratch: {firstTime}, {first.ClusterOf.Values.Distinct().Count()} clusters");
        output.WriteLine($"+{NewEvents} events incrementally: {nextTime}, {next.Placed} placed");

        // New dated events are compared; undated reports are always placed again (EventClusterer).
        var newDated = all.Skip(Count).Count(e => e.Event.Date is not null);
        Assert.Equal(newDated + all.Count(e => e.Event.Date is null), next.Placed);
        Assert.Equal(all.Count, next.ClusterOf.Count);
    }

    /// <summary>Wall time and this process's CPU time, since the test machine is often shared.</summary>
    private static (T Result, string Time) Timed<T>(Func<T> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        var wall = clock.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return (result, $"{wall.TotalMilliseconds:F0} ms wall, {used.TotalMilliseconds:F0} ms CPU");
    }

    /// <summary>Ten events a document over 500 places, 6 sub-types, 3 actors and a year, one in 20 undated; fixed seed.</summary>
    private static List<Event> Synthetic(int count)
    {
        string[] types = ["Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Attack", "Government regains territory", "Arrests"];
        string[] actors = ["Military Forces of Syria", "Syrian opposition armed groups", "Islamic State"];
        string[] sources = ["SOHR", "AFP", "SANA", "al-Mayadeen", "Reuters"];
        var random = new Random(4);
        var start = new DateOnly(2016, 1, 1);
        return Enumerable.Range(0, count).Select(i =>
        {
            var place = random.Next(500);
            var subType = types[random.Next(types.Length)];
            return new Event
            {
                DocId = $"s{i / 10:D6}",
                Quote = "synthétique",
                QuoteSpan = new TextSpan(i % 10 * 100, 50),
                EventType = EventTaxonomy.TypeOfSubType[subType],
                SubEventType = subType,
                Actor1 = actors[random.Next(actors.Length)],
                Location = $"lieu {place}",
                Place = new Place($"lieu {place}", null, "Syria", "town", $"sy.synthetic.{place}"),
                Date = random.Next(20) == 0 ? null : start.AddDays(random.Next(365)),
                Sources = [sources[random.Next(sources.Length)]],
            };
        }).ToList();
    }
}
