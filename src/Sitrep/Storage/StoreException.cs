namespace Sitrep.Storage;

/// <summary>A store that cannot be opened or written, with a one-line reason fit for the command line.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
