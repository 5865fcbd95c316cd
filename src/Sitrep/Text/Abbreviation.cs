namespace Sitrep.Text;

/// <summary>
/// A written form that is one token even though it holds punctuation ("M.", "déc.", "J.-C.", "n°"),
/// and whose period does not end a sentence unless <paramref name="MayEndSentence"/> and a capital follows.
/// </summary>
public sealed record Abbreviation(string Form, bool MayEndSentence)
{
    public const string FileName = "abbreviations.txt";
    private const string MayEndFlag = "may-end";

    /// <summary>Reads an abbreviations file: one form per line, optionally followed by whitespace and <c>may-end</c>.</summary>
    public static IReadOnlyList<Abbreviation> Load(string path)
    {
        var list = new List<Abbreviation>();
        var lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            list.Add(Parse(line) ?? throw new InvalidDataException($"{Path.GetFileName(path)}:{lineNo}: expected 'form' or 'form may-end', got '{line}'"));
        }
        return list;
    }

    private static Abbreviation? Parse(string line)
    {
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            [var form] => new Abbreviation(form, false),
            [var form, MayEndFlag] => new Abbreviation(form, true),
            _ => null,
        };
    }
}
