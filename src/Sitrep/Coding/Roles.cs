namespace Sitrep.Coding;

/// <summary>Who acts and who is acted upon for one trigger, and how that was decided.</summary>
public sealed record Roles(ActorInfo? Actor1, ActorInfo? Actor2, bool Passive, string Rule, LocatedMention Trigger);
