using Sitrep.Web;

namespace Sitrep.Tests.Support;

/// <summary>
/// The web tests' corpus coded twice, into a SQLite file and into a test PostgreSQL database, each served by its own
/// Kestrel on loopback. Built on first use, so a test class whose PostgreSQL tests are all skipped builds nothing.
/// </summary>
public sealed class WebStorePair : IDisposable
{
    private readonly Lazy<Served> _served = new(() => new Served());

    public Served Stores => _served.Value;

    public void Dispose()
    {
        if (_served.IsValueCreated) _served.Value.Dispose();
    }

    public sealed class Served : IDisposable
    {
        public Served()
        {
            Database = new PostgresTestDatabase();
            Sqlite = new WebTestStore();
            Postgres = WebTestStore.At(Database.Url);
            SqliteServer = WebServer.Start(Sqlite.Path, 0, token: null);
            PostgresServer = WebServer.Start(Postgres.Path, 0, token: null);
            SqliteHttp = new HttpClient { BaseAddress = SqliteServer.Address };
            PostgresHttp = new HttpClient { BaseAddress = PostgresServer.Address };
        }

        public PostgresTestDatabase Database { get; }
        public WebTestStore Sqlite { get; }
        public WebTestStore Postgres { get; }
        public RunningWebServer SqliteServer { get; }
        public RunningWebServer PostgresServer { get; }
        public HttpClient SqliteHttp { get; }
        public HttpClient PostgresHttp { get; }

        public void Dispose()
        {
            SqliteHttp.Dispose();
            PostgresHttp.Dispose();
            SqliteServer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            PostgresServer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Postgres.Dispose();
            Sqlite.Dispose();
            Database.Dispose();
        }
    }
}

/// <summary>A test that needs both the PostgreSQL test server and Debian's chromium; skipped, saying why, as either would be.</summary>
public sealed class PostgresChromiumFactAttribute : FactAttribute
{
    public PostgresChromiumFactAttribute() => Skip = new PostgresFactAttribute().Skip ?? new ChromiumFactAttribute().Skip;
}
