using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// An event as one sentence codes it: whether a weak trigger (a generic word) made it, the trigger's class, whether
/// its day is only assumed (the report's day, for a lead that names none), and whether its place was carried from the
/// sentences before (its own names none).
/// </summary>
internal sealed record CodedEvent(Event Event, bool Weak, string TriggerClass, bool DayAssumed = false, bool PlaceCarried = false);
