namespace Sitrep.Coding;

/// <summary>
/// An actor's value equality, hashed by the tokens it covers: a record's own hash reads every field, down to its
/// mention's strings, and the sets and maps of actors are asked about every actor of a sentence, for every trigger.
/// Equal actors cover the same tokens, so the hash agrees with equality; a lookup stays by value.
/// </summary>
public sealed class ActorsByTokens : IEqualityComparer<ActorInfo>
{
    public static readonly ActorsByTokens Instance = new();

    private ActorsByTokens()
    {
    }

    public bool Equals(ActorInfo? x, ActorInfo? y) => EqualityComparer<ActorInfo>.Default.Equals(x, y);

    public int GetHashCode(ActorInfo actor) => HashCode.Combine(actor.Mention.FirstToken, actor.Mention.EndToken);
}
