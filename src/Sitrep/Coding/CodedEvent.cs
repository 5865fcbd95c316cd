using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>An event as one sentence codes it: whether a weak trigger (a generic word) made it, and the trigger's class.</summary>
internal sealed record CodedEvent(Event Event, bool Weak, string TriggerClass);
