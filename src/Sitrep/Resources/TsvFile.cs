namespace Sitrep.Resources;

/// <summary>One data row of a resource file, with where it came from, so that matches can cite it.</summary>
public sealed record TsvRow(string File, int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields.TryGetValue(column, out var v) ? v : "";

    public string? Optional(string column) => Fields.TryGetValue(column, out var v) && v.Length > 0 ? v : null;

    /// <summary>How a match cites this row: <c>fr/actors.tsv:12</c>.</summary>
    public string Citation => $"{File}:{Line}";
}

/// <summary>
/// Reads the project's tab-separated resource files: lines starting with <c>#</c> are comments
/// (source, licence, notes), the first other line is the header, blank lines are skipped.
/// </summary>
public static class TsvFile
{
    public static IReadOnlyList<TsvRow> Read(string path, string? citeAs = null)
    {
        var name = citeAs ?? Path.GetFileName(path);
        var rows = new List<TsvRow>();
        string[]? header = null;
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (header is null) { header = cells; continue; }
            if (cells.Length > header.Length)
                throw new InvalidDataException($"{name}:{lineNo}: {cells.Length} fields, header has {header.Length}");
            var fields = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++)
                fields[header[i]] = i < cells.Length ? cells[i].Trim() : "";
            rows.Add(new TsvRow(name, lineNo, fields));
        }
        return rows;
    }

    /// <summary>Reads a one-entry-per-line list (comments and blank lines skipped).</summary>
    public static IReadOnlyList<string> ReadList(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
}
