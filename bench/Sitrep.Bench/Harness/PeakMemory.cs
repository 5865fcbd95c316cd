namespace Sitrep.Bench.Harness;

/// <summary>The most resident memory this process has had (VmHWM), read from Linux's /proc/self/status.</summary>
public static class PeakMemory
{
    public static double Megabytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line["VmHWM:".Length..].Replace("kB", "").Trim()) * 1024 / StageResult.Megabyte;
        // Not Linux: the runtime's own figure, sampled less exactly.
        return Environment.WorkingSet / StageResult.Megabyte;
    }
}
