using System.Data.Common;

namespace Sitrep.Storage;

/// <summary>A query's rows mapped one at a time as they are enumerated, a failure to read them a <see cref="StoreException"/>.</summary>
internal static class StreamedRows
{
    /// <summary>Runs <paramref name="command"/> at the first row asked for; the caller disposes of the command.</summary>
    public static IEnumerable<T> Read<T>(DbCommand command, Func<DbDataReader, T> map)
    {
        using var reader = Guard(command.ExecuteReader);
        while (Guard(reader.Read)) yield return Guard(() => map(reader));
    }

    // A yield cannot stand in a try with a catch, so each step is guarded on its own.
    private static TResult Guard<TResult>(Func<TResult> step)
    {
        try
        {
            return step();
        }
        catch (DbException e)
        {
            throw new StoreException($"Could not read the store: {StoreException.OneLine(e.Message)}", e);
        }
    }
}
