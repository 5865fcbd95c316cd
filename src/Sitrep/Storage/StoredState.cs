using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>What decides whether saving a coded document would change anything.</summary>
internal sealed record StoredState(string ContentHash, string OutputHash, string ResourceVersion)
{
    public static StoredState Of(CodedDocument coded, string resourceVersion) =>
        new(Fingerprint.Of(coded.Document), Fingerprint.OfOutput(coded), resourceVersion);
}
