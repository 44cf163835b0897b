using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Shards;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests.Shards;

public sealed class ShardTablesTests
{
    [Fact]
    public void Collected_AndNotSharded_ClassifyEveryTableOfTheSchemaExactlyOnce()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
        using var connection = database.Connect();
        new SchemaMigrator(TimeProvider.System).Migrate(connection);
        var tables = Tables(connection);

        var classified = ShardTables.Collected.Concat(ShardTables.NotSharded).Order(StringComparer.Ordinal).ToList();

        // A table in neither list is a new migration's: decide whether a shard carries it before it ships.
        Assert.Equal(tables, classified);
    }

    [Fact]
    public void ShardQueries_ForEveryCollectedTable_PrepareAgainstMigratedDatabase()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
        using var connection = database.Connect();
        new SchemaMigrator(TimeProvider.System).Migrate(connection);
        connection.Execute(QueryCatalog.Get("shards/merge/create_files"));
        var failures = new List<string>();

        foreach (var table in ShardTables.Collected)
        {
            foreach (var name in new[] { "shards/count_table", "shards/merge/clear" })
            {
                try
                {
                    using var statement = connection.Prepare(ShardExport.Sql(name, table));
                }
                catch (StorageException ex)
                {
                    failures.Add($"{name} for {table}: {ex.Message}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Sql_ATableOutsideTheClosedList_Throws()
    {
        Assert.Throws<ArgumentException>(() => ShardExport.Sql("shards/count_table", "workloads; DROP TABLE accounts"));
    }

    private static List<string> Tables(DuckDbConnection connection)
    {
        using var reader = connection.ExecuteReader("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE \"C\"");
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
