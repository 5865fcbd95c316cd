using System.Diagnostics;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// The real `sitrep` process killed with SIGKILL in the middle of a batch: running it again completes the
/// corpus, with no document lost, none stored twice, and a database SQLite finds intact.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    // Enough that the run is still coding well after its first commit, however fast coding gets: with 200 short
    // documents, the whole corpus was sometimes stored between two looks at the store.
    private const int Documents = 1000;
    private static readonly string[] Places = ["Alep", "Homs", "Hama", "Idleb", "Deraa", "Palmyre", "Raqqa", "Deir ez-Zor"];
    private static readonly string[] Actors = ["les rebelles", "l'armée syrienne", "l'État islamique", "les forces kurdes"];

    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ABatchKilledMidwayIsCompletedByTheNextRunWithNothingLostOrDoubled()
    {
        var corpus = WriteCorpus();
        var store = _folder.File("sitrep.db");

        using (var first = Start(corpus, store))
        {
            WaitUntil(() => StoredCount(store) > 0 || first.HasExited, TimeSpan.FromMinutes(3));
            Assert.False(first.HasExited, "the first run ended before it could be killed");
            first.Kill(entireProcessTree: true); // SIGKILL: no handler, no flush, no rollback by the process
            first.WaitForExit();
        }
        var storedBeforeKill = StoredCount(store);
        Assert.InRange(storedBeforeKill, 1, Documents - 1);

        using var second = Start(corpus, store);
        var report = second.StandardError.ReadToEnd();
        second.WaitForExit();

        Assert.True(second.ExitCode == 0, report);
        Assert.Contains($"{Documents - storedBeforeKill} added, 0 re-coded, {storedBeforeKill} unchanged, 0 failed", report);
        Assert.Equal(Documents, StoredCount(store));
        Assert.Equal((long)Documents, RawSqliteFile.Scalar(store, "SELECT COUNT(DISTINCT origin) FROM documents"));
        Assert.Equal(0L, RawSqliteFile.Scalar(store, "SELECT COUNT(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)"));
        Assert.Equal("ok", RawSqliteFile.Scalar(store, "PRAGMA integrity_check"));
    }

    private string WriteCorpus()
    {
        for (var i = 0; i < Documents; i++)
            _folder.Write($"corpus/depeche-{i:D3}.txt",
                $"Des combats ont opposé {Actors[i % Actors.Length]} et {Actors[(i + 1) % Actors.Length]} à {Places[i % Places.Length]} "
                + $"le {1 + i % 28} mars 2016, faisant {i + 2} morts, selon l'Observatoire syrien des droits de l'homme. Dépêche numéro {i}.");
        return _folder.File("corpus");
    }

    /// <summary>Starts the built `sitrep` beside the tests, as a user would run it.</summary>
    private static Process Start(string corpus, string store)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "run", corpus, "--store", store, "--published", "2016-03-30" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static long StoredCount(string store) =>
        File.Exists(store) ? TryCount(store) : 0;

    private static long TryCount(string store)
    {
        try { return (long)RawSqliteFile.Scalar(store, "SELECT COUNT(*) FROM documents")!; }
        catch (Microsoft.Data.Sqlite.SqliteException) { return 0; } // the schema is not created yet
    }

    private static void WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"waited {timeout} in vain");
            Thread.Sleep(20);
        }
    }
}
