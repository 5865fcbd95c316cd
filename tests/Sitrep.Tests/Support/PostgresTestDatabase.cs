using Npgsql;
using Sitrep.Storage.Postgres;

namespace Sitrep.Tests.Support;

/// <summary>
/// A fresh, empty database on the test server named by SITREP_TEST_POSTGRES (a postgres:// URL that
/// `scripts/postgres.sh start` prints), dropped at dispose. Each test gets its own, so tests never share rows.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "SITREP_TEST_POSTGRES";

    public static string? ServerUrl => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    private readonly string _name = "sitrep_test_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresTestDatabase()
    {
        var server = ServerUrl ?? throw new InvalidOperationException(
            $"{Variable} is not set: run the tests with `bash scripts/test.sh`, or set it to `bash scripts/postgres.sh start`'s URL");
        Url = new UriBuilder(server) { Path = "/" + _name }.Uri.ToString();
        Admin($"CREATE DATABASE {_name}");
    }

    /// <summary>The store URL of this test's database.</summary>
    public string Url { get; }

    /// <summary>A connection to this test's database, for checks the store's API does not offer.</summary>
    public NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(Url) + ";Pooling=false");
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = Connect();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public void Dispose() => Admin($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(ServerUrl!) + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>
/// A test that needs the PostgreSQL test server: skipped, with the reason, only on a machine where
/// SITREP_TEST_POSTGRES is unset and CI is not set; under CI it runs and fails without a server.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestDatabase.ServerUrl is null && Environment.GetEnvironmentVariable("CI") is not ("true" or "1"))
            Skip = $"needs PostgreSQL: run `bash scripts/test.sh`, or export {PostgresTestDatabase.Variable}=$(bash scripts/postgres.sh start)";
    }
}
