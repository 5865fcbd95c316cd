namespace Sitrep.Cli;

/// <summary>Where a command writes: data to <see cref="Out"/> (pipes cleanly), progress and messages to <see cref="Error"/>.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>Progress bars only when a person watches stderr.</summary>
    public bool Interactive => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
