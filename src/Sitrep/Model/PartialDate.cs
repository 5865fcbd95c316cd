using System.Globalization;

namespace Sitrep.Model;

/// <summary>
/// A publication date as real feeds give it: a day, a month, or only a year.
/// Relative dates in the text ("mardi", "hier") resolve only when the day is known.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    public bool HasDay => Day is not null;

    public DateOnly? AsDate => Month is int m && Day is int d ? new DateOnly(Year, m, d) : null;

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c> (also a full ISO timestamp, whose date part is kept).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.Length > 10 && (s[10] == 'T' || s[10] == ' ')) s = s[..10];
        var parts = s.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4) return false;
        var ints = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out ints[i])) return false;
        if (ints[0] < 1 || parts.Length > 1 && ints[1] is < 1 or > 12) return false;
        if (parts.Length == 3 && (ints[2] < 1 || ints[2] > DateTime.DaysInMonth(ints[0], ints[1]))) return false;
        date = new PartialDate(ints[0], parts.Length > 1 ? ints[1] : null, parts.Length > 2 ? ints[2] : null);
        return true;
    }

    public override string ToString() => (Month, Day) switch
    {
        (int m, int d) => $"{Year:D4}-{m:D2}-{d:D2}",
        (int m, null) => $"{Year:D4}-{m:D2}",
        _ => $"{Year:D4}",
    };
}
