using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace Analyzer.Scheduling;

/// <summary>Hangfire's own storage: an embedded SQLite file beside the store by default, PostgreSQL when a connection string is given.</summary>
public static class HangfireStorageFactory
{
    /// <summary>How often idle workers look for new jobs: a second keeps "run now" and retries prompt at a negligible cost.</summary>
    public static readonly TimeSpan QueuePollInterval = TimeSpan.FromSeconds(1);

    /// <summary>The SQLite file for the store at <paramref name="storePath"/>: analyzer.duckdb -> analyzer.hangfire.sqlite.</summary>
    public static string SqlitePathFor(string storePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath))!, Path.GetFileNameWithoutExtension(storePath) + ".hangfire.sqlite");

    public static JobStorage Create(string storePath, string? postgresConnection)
    {
        if (postgresConnection is not null)
        {
            var options = new PostgreSqlStorageOptions { QueuePollInterval = QueuePollInterval, PrepareSchemaIfNecessary = true, SchemaName = "hangfire" };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(postgresConnection, options), options);
        }

        var path = SqlitePathFor(storePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = QueuePollInterval });
    }
}
