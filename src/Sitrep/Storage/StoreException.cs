namespace Sitrep.Storage;

/// <summary>A store that cannot be opened or written, with a one-line reason fit for the command line.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>A database's message on one line (servers and drivers break theirs over several).</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
