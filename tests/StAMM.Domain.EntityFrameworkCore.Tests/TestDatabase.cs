using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using StAMM.Domain.EntityFrameworkCore;

namespace StAMM.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// A fresh, real database for one test: a SQLite file, or a database of its own on the PostgreSQL server named by
/// STAMM_POSTGRES (.ci/postgres.sh starts one). Without that variable the PostgreSQL tests skip locally and fail on CI,
/// so CI can never pass without running them.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "SQLite";
    public const string Postgres = "PostgreSQL";

    private readonly string? _file;
    private readonly string? _postgresName;
    private readonly string? _adminConnection;

    private TestDatabase(string kind, string connectionString, string? file, string? postgresName, string? adminConnection)
    {
        Kind = kind;
        ConnectionString = connectionString;
        _file = file;
        _postgresName = postgresName;
        _adminConnection = adminConnection;
    }

    /// <summary>Both databases, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Both => [Sqlite, Postgres];

    public string Kind { get; }

    public string ConnectionString { get; }

    /// <summary>The server's connection string, or a skip (locally) or a failure (CI=true) when it is not set.</summary>
    public static string PostgresServer()
    {
        var server = Environment.GetEnvironmentVariable("STAMM_POSTGRES");
        if (!string.IsNullOrEmpty(server))
        {
            return server;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("CI=true but STAMM_POSTGRES is not set: CI starts PostgreSQL with `source .ci/postgres.sh start` and never skips the PostgreSQL tests.");
        }

        Assert.Skip("STAMM_POSTGRES is not set; `source .ci/postgres.sh start` runs the PostgreSQL tests too.");
        return null!;
    }

    /// <summary>An empty database of the kind (no tables).</summary>
    public static async Task<TestDatabase> EmptyAsync(string kind)
    {
        var name = "stamm_" + Guid.NewGuid().ToString("N")[..16];
        if (kind == Postgres)
        {
            var server = PostgresServer();
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            return new TestDatabase(kind, connection, null, name, server);
        }

        var file = Path.Combine(Path.GetTempPath(), name + ".db");
        return new TestDatabase(kind, $"Data Source={file};Pooling=False", file, null, null);
    }

    /// <summary>A database of the kind with the StAMM tables.</summary>
    public static async Task<TestDatabase> CreateAsync(string kind)
    {
        var database = await EmptyAsync(kind);
        await using var db = database.Context();
        await db.Database.EnsureCreatedAsync();
        return database;
    }

    /// <summary>Options for any context on this database; <paramref name="sql"/> collects the SQL executed.</summary>
    public DbContextOptionsBuilder<TContext> Options<TContext>(ICollection<string>? sql = null)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        Configure(options, sql);
        return options;
    }

    public void Configure(DbContextOptionsBuilder options, ICollection<string>? sql = null)
    {
        if (Kind == Postgres)
        {
            options.UseNpgsql(ConnectionString, o => o.UseNodaTime());
        }
        else
        {
            options.UseSqlite(ConnectionString);
        }

        if (sql is not null)
        {
            options.LogTo(message => { lock (sql) { sql.Add(message); } }, [RelationalEventId.CommandExecuted]);
        }
    }

    public StammDbContext Context(ICollection<string>? sql = null) => new(Options<StammDbContext>(sql).Options);

    /// <summary>Runs SQL of the test's own (to damage a row, or count rows).</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var db = Context();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            File.Delete(_file);
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_adminConnection);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
