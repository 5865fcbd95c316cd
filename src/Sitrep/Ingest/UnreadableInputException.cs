namespace Sitrep.Ingest;

/// <summary>An input that cannot give a document; its message is the one-line reason reported to the user.</summary>
internal sealed class UnreadableInputException(string reason) : Exception(reason);
