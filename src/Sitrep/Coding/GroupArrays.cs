using System.Buffers;

namespace Sitrep.Coding;

/// <summary>
/// The two arrays a document's mentions are grouped in (<see cref="SentenceMentions"/>): a list's slot per sentence and
/// kind, and the mentions, the lists' runs. Every document needs a pair (~2.5 KB an article), for as long as it is coded
/// only: what the coder hands out keeps none of it (events, claims and labels keep strings, spans and places). So the
/// coder rents them from the shared pools, and gives them back when it is done.
/// </summary>
public readonly struct GroupArrays : IDisposable
{
    private GroupArrays(MentionList?[] byKind, LocatedMention[] mentions) => (ByKind, Mentions) = (byKind, mentions);

    /// <summary>At least <c>slots</c> slots, all empty: the pool's arrays come back cleared.</summary>
    public MentionList?[] ByKind { get; }

    public LocatedMention[] Mentions { get; }

    public static GroupArrays Rent(int slots, int mentions) =>
        new(ArrayPool<MentionList?>.Shared.Rent(slots), ArrayPool<LocatedMention>.Shared.Rent(mentions));

    /// <summary>Gives the arrays back cleared: a pooled array must not keep a document's mentions alive.</summary>
    public void Dispose()
    {
        ArrayPool<MentionList?>.Shared.Return(ByKind, clearArray: true);
        ArrayPool<LocatedMention>.Shared.Return(Mentions, clearArray: true);
    }
}
