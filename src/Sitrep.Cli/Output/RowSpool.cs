using System.Text;

namespace Sitrep.Cli.Output;

/// <summary>
/// A table's rows kept in a temporary file between the pass that measures its columns and the pass that writes them,
/// so that the rows are read from the store once and are never all in memory. The file is deleted when the spool is
/// disposed (<see cref="TemporaryFile"/>).
/// </summary>
internal sealed class RowSpool : IDisposable
{
    private readonly FileStream _file = TemporaryFile.Open("rows");
    private readonly BinaryWriter _writer;

    public RowSpool() => _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);

    /// <summary>Keeps a row; a missing cell (null) comes back empty, as the table prints it.</summary>
    public void Add(IReadOnlyList<string?> row)
    {
        _writer.Write7BitEncodedInt(row.Count);
        foreach (var cell in row) _writer.Write(cell ?? "");
    }

    /// <summary>The rows added, in their order. Add nothing once this is read.</summary>
    public IEnumerable<IReadOnlyList<string>> Rows()
    {
        _writer.Flush();
        var end = _file.Position;
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        while (_file.Position < end)
        {
            var row = new string[reader.Read7BitEncodedInt()];
            for (var i = 0; i < row.Length; i++) row[i] = reader.ReadString();
            yield return row;
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
