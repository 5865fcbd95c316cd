namespace Sitrep.Ingest;

/// <summary>How long the work on one item of an <see cref="OrderedParallelMap{TIn, TOut}"/> may take, and the stack its workers need.</summary>
/// <param name="Time">Work that takes longer gives <paramref name="OverTime"/>'s result in place of its own.</param>
/// <param name="OverTime">What stands for the result of an item whose work took too long.</param>
/// <param name="StackBytes">The workers' stack size in bytes; 0 for the default.</param>
public sealed record WorkLimits<TIn, TOut>(TimeSpan Time, Func<TIn, TOut> OverTime, int StackBytes = 0);
