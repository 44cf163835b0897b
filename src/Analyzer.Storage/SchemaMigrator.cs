using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage;

/// <summary>
/// Brings a database to this build's schema: applies each queries/schema/NNNN_name.sql once, in order, each in its
/// own transaction with its row in schema_migrations. Refuses a database that records a migration this build lacks.
/// </summary>
public sealed class SchemaMigrator(TimeProvider time)
{
    // Two stores opened at once in one process share one DuckDB instance; migrate one at a time.
    private static readonly Lock Gate = new();

    /// <summary>Applies what is pending; returns the names applied now (empty when up to date).</summary>
    public IReadOnlyList<string> Migrate(DuckDbConnection connection) => Migrate(connection, Migration.All());

    internal IReadOnlyList<string> Migrate(DuckDbConnection connection, IReadOnlyList<Migration> known)
    {
        ArgumentNullException.ThrowIfNull(connection);
        lock (Gate)
        {
            connection.Execute(QueryCatalog.Get("store/schema_migrations"));
            var applied = Applied(connection);
            CheckKnown(applied, known);

            var done = new List<string>();
            foreach (var migration in known.Where(m => !applied.ContainsKey(m.Version)))
            {
                using var transaction = connection.BeginTransaction();
                connection.Execute(migration.Sql);
                connection.Execute(QueryCatalog.Get("store/record_migration"), new Dictionary<string, object?>
                {
                    ["version"] = migration.Version,
                    ["name"] = migration.Name,
                    ["applied_at"] = time.GetUtcNow().UtcDateTime,
                });
                transaction.Commit();
                done.Add(migration.Name);
            }

            return done;
        }
    }

    private static Dictionary<int, string> Applied(DuckDbConnection connection)
    {
        var applied = new Dictionary<int, string>();
        using var reader = connection.ExecuteReader(QueryCatalog.Get("store/applied_migrations"));
        while (reader.Read())
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static void CheckKnown(Dictionary<int, string> applied, IReadOnlyList<Migration> known)
    {
        var byVersion = known.ToDictionary(m => m.Version);
        foreach (var (version, name) in applied.OrderBy(p => p.Key))
        {
            if (!byVersion.TryGetValue(version, out var migration))
            {
                throw new StorageException(
                    $"The database records migration {name}, which this build of Analyzer does not have: it was written by a newer version. Use that version, or a new database file.");
            }

            if (!string.Equals(migration.Name, name, StringComparison.Ordinal))
            {
                throw new StorageException(
                    $"The database records migration {name} where this build has {migration.Name}: the database comes from a different branch or build of Analyzer.");
            }
        }
    }
}
