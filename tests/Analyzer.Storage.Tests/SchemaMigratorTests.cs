using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Tests;

public sealed class SchemaMigratorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 6, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly DuckDbDatabase database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
    private readonly DuckDbConnection connection;
    private readonly SchemaMigrator migrator = new(new FixedTimeProvider(Now));

    public SchemaMigratorTests() => connection = database.Connect();

    public void Dispose()
    {
        connection.Dispose();
        database.Dispose();
    }

    [Fact]
    public void Migrate_FreshDatabase_AppliesEveryMigrationInOrder()
    {
        var applied = migrator.Migrate(connection);

        Assert.Equal(Migration.All().Select(m => m.Name), applied);
        Assert.Equal("0001_core", applied[0]);
    }

    [Fact]
    public void Migrate_FreshDatabase_RecordsEachWithTime()
    {
        migrator.Migrate(connection);

        using var reader = connection.ExecuteReader("SELECT version, name, applied_at FROM schema_migrations ORDER BY version LIMIT 1");
        reader.Read();
        Assert.Equal(1, reader.GetInt32(0));
        Assert.Equal("0001_core", reader.GetString(1));
        Assert.Equal(Now.UtcDateTime, reader.GetDateTime(2));
    }

    [Fact]
    public void Migrate_SecondTime_AppliesNothing()
    {
        migrator.Migrate(connection);

        var again = migrator.Migrate(connection);

        Assert.Empty(again);
        Assert.Equal((long)Migration.All().Count, connection.ExecuteScalar<long>("SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public void Migrate_DatabaseFromNewerBuild_ThrowsNamingTheMigration()
    {
        migrator.Migrate(connection);
        connection.Execute("INSERT INTO schema_migrations VALUES (9999, '9999_future', TIMESTAMP '2030-01-01')");

        var ex = Assert.Throws<StorageException>(() => migrator.Migrate(connection));

        Assert.Contains("9999_future", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_FailingMigration_LeavesItUnrecorded()
    {
        var broken = new[] { new Migration(1, "0001_broken", "CREATE TABLE ok(x INTEGER); SELECT * FROM nope;") };

        Assert.Throws<StorageException>(() => migrator.Migrate(connection, broken));

        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM schema_migrations"));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ok'"));
    }
}
