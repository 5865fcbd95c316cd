using Npgsql;
using Sitrep.Storage;
using Sitrep.Storage.Postgres;

namespace Sitrep.Tests.Storage.Postgres;

public sealed class PostgresUrlTests
{
    [Fact]
    public void AUrlBecomesAnNpgsqlConnectionString()
    {
        var built = new NpgsqlConnectionStringBuilder(
            PostgresUrl.ToConnectionString("postgres://coder:s%40cret@db.example.org:6543/news?sslmode=require"));

        Assert.Equal(("db.example.org", 6543, "news", "coder", "s@cret", SslMode.Require),
            (built.Host, built.Port, built.Database, built.Username, built.Password, built.SslMode));
    }

    [Fact]
    public void TheDefaultPortIsPostgresOwn() =>
        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString("postgresql://localhost/sitrep")).Port);

    [Fact]
    public void SessionsKeepTheirStatementsPreparedUnlessTheUrlSaysOtherwise()
    {
        Assert.Equal(64, new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString("postgres://localhost/sitrep")).MaxAutoPrepare);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(
            PostgresUrl.ToConnectionString("postgres://localhost/sitrep?Max%20Auto%20Prepare=0")).MaxAutoPrepare);
    }

    [Fact]
    public void AnUnknownOptionIsAStoreError() =>
        Assert.Throws<StoreException>(() => PostgresUrl.ToConnectionString("postgres://localhost/sitrep?colour=blue"));

    [Fact]
    public void PasswordsAreLeftOutOfMessages() =>
        Assert.Equal("postgres://coder:***@host/db", PostgresUrl.Redacted("postgres://coder:secret@host/db"));

    [Fact]
    public void OnlyPostgresUrlsNameAServer()
    {
        Assert.True(StoreFactory.IsPostgres("postgres://host/db"));
        Assert.False(StoreFactory.IsPostgres("sitrep.db"));
        Assert.False(StoreFactory.IsPostgres("postgres.db"));
    }
}
