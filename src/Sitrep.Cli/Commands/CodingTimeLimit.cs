using System.Globalization;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary>
/// How long coding one document may take, so that no input, however pathological, holds up a run, and the large stack
/// coding runs on, so that deeply nested input cannot overflow it. The run's workers code on threads of that stack,
/// each document on the thread that took it: a document over the limit fails in its place, and the thread left behind
/// on it, which nothing can stop from outside, ends once that document is done (<see cref="OrderedParallelMap{TIn, TOut}"/>).
/// Coding on a thread of its own for each worker cost two hand-offs a document (bench/RESULTS.md, nineteenth round).
/// </summary>
public sealed class CodingTimeLimit(TimeSpan limit)
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

    private const int StackBytes = 64 * 1024 * 1024;

    /// <summary>Why a document over the limit failed.</summary>
    public string Reason { get; } = string.Create(CultureInfo.InvariantCulture, $"coding took longer than the {limit.TotalSeconds:0.###} s limit");

    /// <summary>The limits of a map whose work codes one document an item; <paramref name="overTime"/> stands for an item over the limit.</summary>
    public WorkLimits<TIn, TOut> For<TIn, TOut>(Func<TIn, TOut> overTime) => new(limit, overTime, StackBytes);
}
