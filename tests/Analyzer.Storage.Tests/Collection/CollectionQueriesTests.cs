using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;

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
        // The import stage queries read a file named at run time ({reader}); BillingImportTests run them on real files.
        var names = QueryCatalog.Names("collection/").Where(n => !n.StartsWith("collection/import/", StringComparison.Ordinal));

        var failures = CatalogQueryPreparation.Failures(connection, names);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Names_CollectionPrefix_ListsTheWatermarkQueries()
    {
        Assert.Contains("collection/advance_watermark", QueryCatalog.Names("collection/"));
    }
}
