using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Tests.Collection;

public sealed class CollectionQueriesTests
{
    /// <summary>Quality gate: every collection query binds against a freshly migrated database.</summary>
    [Fact]
    public void Get_EveryCollectionQuery_PreparesAgainstMigratedDatabase()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
        using var connection = database.Connect();
        new SchemaMigrator(TimeProvider.System).Migrate(connection);
        var failures = new List<string>();

        // The import stage queries read a file named at run time ({reader}); BillingImportTests run them on real files.
        foreach (var name in QueryCatalog.Names("collection/").Where(n => !n.StartsWith("collection/import/", StringComparison.Ordinal)))
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

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Names_CollectionPrefix_ListsTheWatermarkQueries()
    {
        Assert.Contains("collection/advance_watermark", QueryCatalog.Names("collection/"));
    }
}
