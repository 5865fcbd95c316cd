using System.Globalization;
using System.Runtime.ExceptionServices;
using Sitrep.Model;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Codes one document within a time limit, so that no input, however pathological, holds up a batch.
/// Coding runs on its own thread with a large stack (deeply nested input cannot overflow it); a document
/// over the limit fails with <see cref="TimeoutException"/> and its thread, a background one, is left to
/// finish or to end with the process, since CPU-bound work cannot be stopped from outside.
/// </summary>
public sealed class CodingTimeLimit(TimeSpan limit)
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

    private const int StackBytes = 64 * 1024 * 1024;

    public CodedDocument Run(Pipeline pipeline, Document document)
    {
        CodedDocument? coded = null;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try { coded = pipeline.Run(document); }
            catch (Exception e) { error = ExceptionDispatchInfo.Capture(e); }
        }, StackBytes) { IsBackground = true, Name = "sitrep coding" };
        thread.Start();
        if (!thread.Join(limit))
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"coding took longer than the {limit.TotalSeconds:0.###} s limit"));
        error?.Throw();
        return coded!;
    }
}
