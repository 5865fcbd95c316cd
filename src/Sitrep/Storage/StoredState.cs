namespace Sitrep.Storage;

/// <summary>What decides whether saving a coded document would change anything (<see cref="DocumentRows.State"/>).</summary>
internal sealed record StoredState(string ContentHash, string OutputHash, string ResourceVersion);
