using System.Diagnostics;

namespace Sitrep.Tests.Support;

/// <summary>Short synthetic French reports from <c>bench/synthetic-corpus.awk</c>, the benchmark's own generator.</summary>
public static class SyntheticCorpus
{
    /// <summary>Writes <paramref name="count"/> documents as a JSONL list at <paramref name="path"/>.</summary>
    public static void Write(string path, int count)
    {
        var script = Path.Combine(RepoRoot(), "bench", "synthetic-corpus.awk");
        var awk = Process.Start(new ProcessStartInfo("awk", ["-v", $"n={count}", "-f", script]) { RedirectStandardOutput = true })!;
        File.WriteAllText(path, awk.StandardOutput.ReadToEnd());
        awk.WaitForExit();
        if (awk.ExitCode != 0) throw new InvalidOperationException($"awk -f {script} failed with {awk.ExitCode}");
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no Sitrep.sln above {AppContext.BaseDirectory}");
    }
}
