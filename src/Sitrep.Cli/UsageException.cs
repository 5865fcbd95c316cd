namespace Sitrep.Cli;

/// <summary>A mistake of the user's (a missing file, a bad value): reported in one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
