using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests;

public sealed class QueryCatalogTests
{
    [Fact]
    public void Names_SchemaPrefix_ListsCoreMigrationFirst()
    {
        Assert.Equal("schema/0001_core", QueryCatalog.Names("schema/")[0]);
    }

    [Fact]
    public void Get_CoreMigration_ReturnsItsSql()
    {
        Assert.Contains("CREATE TABLE utilization_hourly", QueryCatalog.Get("schema/0001_core"), StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownName_ThrowsKeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => QueryCatalog.Get("analysis/nope"));
    }

    /// <summary>Quality gate: every ad-hoc query prepares (analysis, collection and prices queries have their own gates).</summary>
    [Fact]
    public void Get_EveryAdhocQuery_PreparesAgainstMigratedDatabase()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
        using var connection = database.Connect();
        new SchemaMigrator(TimeProvider.System).Migrate(connection);

        var failures = CatalogQueryPreparation.Failures(connection, QueryCatalog.Names("adhoc/"));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Prepare_QueryWithNamedParameters_PreparesUnbound()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
        using var connection = database.Connect();
        new SchemaMigrator(TimeProvider.System).Migrate(connection);

        using var statement = connection.Prepare(
            "SELECT workload_id, avg(cpu_avg_pct) FROM utilization_hourly WHERE hour >= $start AND hour < $end GROUP BY ALL");

        Assert.Equal(2, statement.ParameterCount);
    }
}
