namespace Sitrep.Coding;

/// <summary>
/// The event date of the date mention read last, kept for the next ask: a sentence's triggers mostly share the date
/// mention nearest them, and the date a sentence states is carried to the sentences after it. Each ask would otherwise
/// parse the mention again and write its "stated: …" rule again. One document's: made with its <see cref="DocumentState"/>.
/// </summary>
public sealed class LastParsedDate
{
    private LocatedMention? _mention;
    private EventDate? _date;

    /// <summary><see cref="DateAssigner.Parse"/> of the mention: the same record as last time when it is the same mention.</summary>
    public EventDate Of(LocatedMention date)
    {
        if (_date is null || !ReferenceEquals(date, _mention)) (_mention, _date) = (date, DateAssigner.Parse(date));
        return _date;
    }
}
