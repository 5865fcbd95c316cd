using Npgsql;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Reads a <c>postgres://user:password@host:port/database?option=value</c> store URL (libpq's form) into an Npgsql
/// connection string. Options are Npgsql's keywords (e.g. <c>sslmode=require</c>); a missing password is
/// looked up the usual way (PGPASSWORD, ~/.pgpass).
/// </summary>
public static class PostgresUrl
{
    private const int DefaultPort = 5432;

    /// <summary>
    /// Statements a session keeps prepared on the server. A worker sends the same few statements for every document;
    /// parsing and planning each afresh was about a fifth of the server's CPU (bench/WORKERS.md). A URL that sets
    /// <c>Max Auto Prepare=0</c> turns it off, e.g. behind a pooler in transaction mode that cannot keep them.
    /// </summary>
    private const int StatementsKeptPrepared = 64;

    public static bool IsPostgres(string store) =>
        store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="StoreException">Not a PostgreSQL URL, or an option Npgsql does not know.</exception>
    public static string ToConnectionString(string url)
    {
        if (!IsPostgres(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new StoreException($"{Redacted(url)} is not a PostgreSQL URL (postgres://user@host:port/database).");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort ? DefaultPort : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : null,
            ApplicationName = "sitrep",
            MaxAutoPrepare = StatementsKeptPrepared,
            AutoPrepareMinUsages = 2,
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0) builder.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length == 2) builder.Password = Uri.UnescapeDataString(userInfo[1]);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            try { builder[Uri.UnescapeDataString(key)] = Uri.UnescapeDataString(value); }
            catch (ArgumentException e) { throw new StoreException($"{Redacted(url)}: option {key}: {e.Message}", e); }
        }
        return builder.ConnectionString;
    }

    /// <summary>
    /// As <see cref="ToConnectionString"/>, for a session that only reads: <c>default_transaction_read_only</c> is set at
    /// login, so the server refuses every write (SQLSTATE 25006) whatever SQL the session sends.
    /// </summary>
    /// <exception cref="StoreException">Not a PostgreSQL URL, or an option Npgsql does not know.</exception>
    public static string ToReadOnlyConnectionString(string url) => ToConnectionString(url, "default_transaction_read_only=on");

    /// <summary>As <see cref="ToConnectionString(string)"/>, with settings (<c>name=value</c>) the server makes at login for the whole session.</summary>
    /// <exception cref="StoreException">Not a PostgreSQL URL, or an option Npgsql does not know.</exception>
    public static string ToConnectionString(string url, params string[] sessionSettings)
    {
        var builder = new NpgsqlConnectionStringBuilder(ToConnectionString(url));
        foreach (var setting in sessionSettings) builder.Options = $"{builder.Options} -c {setting}".TrimStart();
        return builder.ConnectionString;
    }

    /// <summary>The URL without its password, fit for messages and logs.</summary>
    public static string Redacted(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':')
            ? url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : url;
}
