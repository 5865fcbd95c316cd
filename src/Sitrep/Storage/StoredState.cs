namespace Sitrep.Storage;

/// <summary>What decides whether saving a coded document would change anything (<see cref="DocumentRows.State"/>).</summary>
/// <param name="ResourceVersion">The coder's version (<see cref="Pipeline.CoderVersion"/>), kept in the column named for its first part.</param>
internal sealed record StoredState(string ContentHash, string OutputHash, string ResourceVersion);
