using System.Text;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// One `sitrep run` over a folder of every kind of bad input: each fails alone with its one-line reason (a document list's
/// line by its number), a document whose text was guessed at or changed is stored with a one-line note, the rest is stored.
/// </summary>
public sealed class HostileBatchTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = _folder.File(Path.Combine("batch", name));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void EveryHostileInputFailsAloneWithItsReasonAndTheOthersAreStored()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        WriteBytes("archive.txt", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, .. "suite"u8]);
        WriteBytes("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "suite"u8]);
        WriteBytes("profond.html", Encoding.UTF8.GetBytes(new StringBuilder().Insert(0, "<div>", 100_000).Append("Alep").ToString()));
        WriteBytes("vide.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Vide</title></channel></rss>"u8.ToArray());
        WriteBytes("liste.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\":\"j1\",\"text\":\"Des combats ont eu lieu à Homs, selon l'OSDH.\"}\n{\"id\":\"j2\",\"text\":\"coupé\n{\"id\":\"j3\",\"text\":\"L'armée a bombardé Hama.\"}\n"));
        WriteBytes("cp1252.txt", Encoding.GetEncoding(1252).GetBytes("L'armée syrienne a repris Palmyre, a indiqué l'agence Sana."));
        WriteBytes("mojibake.txt", Encoding.UTF8.GetBytes("Des frappes aÃ©riennes ont visÃ© Idleb."));
        WriteBytes("surrogates.html", Encoding.UTF8.GetBytes("<p>Des combats à Deraa &#xD800; \u202Eselon l'OSDH\u202C.</p>"));
        var store = _folder.File("sitrep.db");

        var run = CliRun.Of("run", _folder.File("batch"), "--store", store, "--published", "2016-03-30");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches("archive.txt: binary file: .*zip", run.Error);
        Assert.Matches("photo.html: binary file: .*PNG", run.Error);
        Assert.Contains("profond.html: HTML nested more than 256 elements deep", run.Error);
        Assert.Contains("liste.jsonl:2: malformed JSON", run.Error);
        Assert.Contains("vide.rss: feed has no items", run.Error);
        Assert.Contains("cp1252.txt: not UTF-8, read as Windows-1252", run.Error);
        Assert.Contains("mojibake.txt: mojibake repaired", run.Error);
        Assert.Contains("surrogates.html: 1 unreadable character (U+FFFD) in the text", run.Error);
        Assert.Equal(5, run.Error.Split('\n').Count(l => l.StartsWith("failed: ", StringComparison.Ordinal)));
        Assert.Equal(3, run.Error.Split('\n').Count(l => l.StartsWith("note: ", StringComparison.Ordinal)));
        Assert.Contains("5 added, 0 re-coded, 0 unchanged, 5 failed", run.Error);
        Assert.DoesNotContain("   at ", run.Error); // no stack trace
        using var db = SqliteEventStore.Open(store);
        var texts = db.Documents().Select(d => d.Text).ToList();
        Assert.Contains("Des frappes aériennes ont visé Idleb.", texts);
        Assert.Contains("L'armée syrienne a repris Palmyre, a indiqué l'agence Sana.", texts);
    }
}
