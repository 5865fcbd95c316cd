using System.Globalization;
using Sitrep.Model;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Codes one document within a time limit, so that no input, however pathological, holds up a batch. Coding runs on a
/// <see cref="CodingThread"/> of the calling thread's own, kept from one document to the next (starting a thread with a
/// large stack for every document cost 0.4–0.5 CPU s per 10 MB: bench/RESULTS.md, eleventh round); a document over the
/// limit fails with <see cref="TimeoutException"/> and leaves its thread behind, and the next document gets a new one.
/// </summary>
public sealed class CodingTimeLimit(TimeSpan limit)
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

    [ThreadStatic]
    private static CodingThread? t_codingThread;

    public CodedDocument Run(Pipeline pipeline, Document document)
    {
        var thread = t_codingThread ??= new CodingThread();
        if (thread.TryRun(() => pipeline.Run(document), limit, out var coded)) return coded;
        t_codingThread = null;
        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"coding took longer than the {limit.TotalSeconds:0.###} s limit"));
    }
}
