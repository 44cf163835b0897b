using Analyzer.Storage;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Testing.DuckDb;

/// <summary>The quality gate STYLE.md asks for: catalog queries prepare (parse and bind) against a migrated database.</summary>
public static class CatalogQueryPreparation
{
    /// <summary>Prepares each named query; returns one line per query that failed, with DuckDB's message.</summary>
    public static IReadOnlyList<string> Failures(DuckDbConnection connection, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(names);
        var failures = new List<string>();
        foreach (var name in names)
        {
            try
            {
                using var statement = connection.Prepare(QueryCatalog.Get(name));
            }
            catch (StorageException ex)
            {
                failures.Add($"{name}: {ex.Message}");
            }
        }

        return failures;
    }
}
