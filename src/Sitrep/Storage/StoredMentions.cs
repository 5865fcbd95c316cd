using System.Buffers;
using System.Globalization;
using System.Text;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// A document's mentions as one text value, so that storing them is one row rather than one per mention (they are
/// read back whole, never queried one by one). One line per mention in the coder's order, fields separated by tabs:
/// <c>kind, start, length, value, entry[, detail]</c>, the detail field absent when there is none; backslash, tab,
/// line feed and carriage return inside a field are written <c>\\ \t \n \r</c>.
/// </summary>
internal static class StoredMentions
{
    private const char FieldSeparator = '\t';
    private const char LineSeparator = '\n';

    /// <summary>Kind names by value (the kinds are numbered from 0), so that writing one allocates nothing.</summary>
    private static readonly string[] KindNames = Enum.GetNames<MentionKind>();

    private static readonly SearchValues<char> Special = SearchValues.Create("\\\t\n\r");

    /// <summary>
    /// The encoded text in an array rented from <see cref="ArrayPool{T}.Shared"/>, which the caller returns once the
    /// text is stored: a document's mentions are most of what saving it allocated as a string (~14 KB an article).
    /// </summary>
    public static (char[] Rented, int Length) Encode(IReadOnlyList<Mention> mentions)
    {
        var text = new TextBuffer(ArrayPool<char>.Shared.Rent(1 << 14));
        foreach (var m in mentions)
        {
            // Room for the whole line at once, each field as if every character were escaped.
            text.Reserve(KindNames[(int)m.Kind].Length + 2 * MaxIntChars + 6
                + 2 * (m.Value.Length + m.Entry.Length + (m.Detail?.Length ?? 0)));
            if (text.Length > 0) text.Append(LineSeparator);
            text.Append(KindNames[(int)m.Kind]);
            text.Append(FieldSeparator);
            text.Append(m.Span.Start);
            text.Append(FieldSeparator);
            text.Append(m.Span.Length);
            text.Append(FieldSeparator);
            text.AppendEscaped(m.Value);
            text.Append(FieldSeparator);
            text.AppendEscaped(m.Entry);
            if (m.Detail is null) continue;
            text.Append(FieldSeparator);
            text.AppendEscaped(m.Detail);
        }
        return (text.Buffer, text.Length);
    }

    /// <exception cref="StoreException">A line is not a mention as <see cref="Encode"/> writes it.</exception>
    /// <param name="kinds">The kinds to keep, null for all: the others' lines are skipped before any field is read.</param>
    public static IReadOnlyList<Mention> Decode(string stored, IReadOnlySet<MentionKind>? kinds = null)
    {
        if (stored.Length == 0) return [];
        var mentions = new List<Mention>();
        foreach (var range in stored.AsSpan().Split(LineSeparator))
        {
            if (kinds is not null && !kinds.Contains(KindOf(stored.AsSpan(range)))) continue;
            var line = stored[range];
            var fields = line.Split(FieldSeparator);
            if (fields.Length is < 5 or > 6 || !Enum.TryParse<MentionKind>(fields[0], out var kind)
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                throw new StoreException($"A stored mention cannot be read: {line}");
            mentions.Add(new Mention(kind, new TextSpan(start, length), Unescape(fields[3]), Unescape(fields[4]),
                fields.Length == 6 ? Unescape(fields[5]) : null));
        }
        return mentions;
    }

    /// <summary>A line's kind, read from its first field alone.</summary>
    private static MentionKind KindOf(ReadOnlySpan<char> line)
    {
        var tab = line.IndexOf(FieldSeparator);
        return tab >= 0 && Enum.TryParse<MentionKind>(line[..tab], out var kind) ? kind
            : throw new StoreException($"A stored mention cannot be read: {line}");
    }

    /// <summary>
    /// The encoding of one row of the former <c>mentions</c> table as a SQL expression, for the migrations that
    /// fold that table into this form; <paramref name="chr"/> is the dialect's function from code point to character.
    /// </summary>
    public static string SqlLine(string chr)
    {
        string Escaped(string column) =>
            $"replace(replace(replace(replace({column}, {chr}(92), {chr}(92) || {chr}(92)), {chr}(9), {chr}(92) || 't'), " +
            $"{chr}(10), {chr}(92) || 'n'), {chr}(13), {chr}(92) || 'r')";
        var tab = $"{chr}(9)";
        return $"kind || {tab} || start || {tab} || length || {tab} || {Escaped("value")} || {tab} || {Escaped("entry")}" +
               $" || coalesce({tab} || {Escaped("detail")}, '')";
    }

    private const int MaxIntChars = 11;

    /// <summary>
    /// The encoded text in a rented array, written a field at a time into room reserved for the whole line: a builder's
    /// checks and chunks per append cost more than the copying, at a dozen appends for each of a document's hundred-odd
    /// mentions.
    /// </summary>
    private struct TextBuffer(char[] buffer)
    {
        public char[] Buffer { get; private set; } = buffer;

        public int Length { get; private set; }

        /// <summary>Makes room for <paramref name="chars"/> more characters, which the appends then write without checking.</summary>
        public void Reserve(int chars)
        {
            if (Buffer.Length - Length >= chars) return;
            var grown = ArrayPool<char>.Shared.Rent(Math.Max(Buffer.Length * 2, Length + chars));
            Buffer.AsSpan(0, Length).CopyTo(grown);
            ArrayPool<char>.Shared.Return(Buffer);
            Buffer = grown;
        }

        public void Append(char c) => Buffer[Length++] = c;

        public void Append(string field)
        {
            field.CopyTo(Buffer.AsSpan(Length));
            Length += field.Length;
        }

        public void Append(int number)
        {
            number.TryFormat(Buffer.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
            Length += written;
        }

        /// <summary>Backslash, tab, line feed and carriage return written as two characters each.</summary>
        public void AppendEscaped(string field)
        {
            var rest = field.AsSpan();
            for (var at = rest.IndexOfAny(Special); at >= 0; at = rest.IndexOfAny(Special))
            {
                rest[..at].CopyTo(Buffer.AsSpan(Length));
                Length += at;
                Append('\\');
                Append(rest[at] switch { '\t' => 't', '\n' => 'n', '\r' => 'r', var other => other });
                rest = rest[(at + 1)..];
            }
            rest.CopyTo(Buffer.AsSpan(Length));
            Length += rest.Length;
        }
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\')) return field;
        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length)
            {
                text.Append(field[i]);
                continue;
            }
            text.Append(field[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other });
        }
        return text.ToString();
    }
}
