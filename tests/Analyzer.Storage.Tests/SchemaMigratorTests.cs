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

    [Fact]
    public void Migrate_StoreBefore0021_KeepsItsWorkloadsAndAcceptsEksFargatePods()
    {
        // A store at 0019 holding an instance with its platform and tags; 0021 rebuilds workloads with the new kind.
        migrator.Migrate(connection, [.. Migration.All().Where(m => m.Version < 21)]);
        connection.Execute("""
            INSERT INTO workloads (workload_id, account_id, region, kind, name, instance_type, vcpu, memory_gib, architecture, purchase_option,
                                   launch_type, desired_count, lambda_memory_mb, lambda_timeout_s, tags, source, updated_at, platform, tenancy)
            VALUES ('i-1', '111111111111', 'us-east-1', 'ec2_instance', 'web', 'm5.large', 2, 8, 'x86_64', 'on-demand', NULL, 1, NULL, NULL,
                    MAP {'team': 'shop'}, 'test', TIMESTAMP '2026-11-01 00:00:00', 'Windows', 'dedicated')
            """);

        var applied = migrator.Migrate(connection);

        Assert.Contains("0021_eks_fargate_pods", applied);
        Assert.Equal("web|Windows|dedicated|shop", connection.ExecuteScalar<string>("SELECT name || '|' || platform || '|' || tenancy || '|' || tags['team'] FROM workloads"));
        connection.Execute("""
            INSERT INTO workloads (workload_id, account_id, region, kind, name, architecture, purchase_option, launch_type, desired_count, source, updated_at)
            VALUES ('eks-fargate:111111111111:us-east-1:prod/shop/web', '111111111111', 'us-east-1', 'eks_fargate_pod', 'prod/shop/web', 'x86_64', 'on-demand', 'FARGATE', 2, 'test', TIMESTAMP '2026-11-01 00:00:00')
            """);
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM workloads"));
        Assert.Throws<StorageException>(() => connection.Execute("""
            INSERT INTO workloads (workload_id, account_id, region, kind, name, architecture, purchase_option, desired_count, source, updated_at)
            VALUES ('x', '1', 'r', 'pod', 'x', 'x86_64', 'on-demand', 1, 'test', TIMESTAMP '2026-11-01 00:00:00')
            """));
    }

    [Fact]
    public void Migrate_StoreBefore0022_KeepsEachRunsHourlyUnitsInHourOrderBehindTheSameView()
    {
        // A store at 0021 with two workloads' hourly units, rows inserted out of hour order; 0022 stores each run and
        // workload's series as two lists and option_hourly_units becomes a view that unnests them.
        migrator.Migrate(connection, [.. Migration.All().Where(m => m.Version < 22)]);
        connection.Execute("""
            INSERT INTO option_hourly_units (run_id, workload_id, option, hour, units) VALUES
                ('r1', 'asg-web', 'ec2-rightsized', TIMESTAMP '2026-11-01 02:00:00', 3),
                ('r1', 'asg-web', 'ec2-rightsized', TIMESTAMP '2026-11-01 00:00:00', 2),
                ('r1', 'asg-web', 'ec2-rightsized', TIMESTAMP '2026-11-01 01:00:00', 0),
                ('r1', 'i-1', 'ec2-as-is', TIMESTAMP '2026-11-01 00:00:00', 1),
                ('r2', 'i-1', 'graviton', TIMESTAMP '2026-11-01 00:00:00', 1)
            """);

        var applied = migrator.Migrate(connection);

        Assert.Contains("0022_option_hourly_series", applied);
        Assert.Equal(3L, connection.ExecuteScalar<long>("SELECT count(*) FROM option_hourly_series"));
        Assert.Equal("[2, 0, 3]", connection.ExecuteScalar<string>("SELECT CAST(units AS VARCHAR) FROM option_hourly_series WHERE workload_id = 'asg-web'"));
        // The view reads as the table did: five rows, the web fleet's 2 + 0 + 3 = 5 unit-hours in hour order.
        Assert.Equal(5L, connection.ExecuteScalar<long>("SELECT count(*) FROM option_hourly_units"));
        Assert.Equal("00:2,01:0,02:3", connection.ExecuteScalar<string>(
            "SELECT string_agg(strftime(hour, '%H') || ':' || units, ',' ORDER BY hour) FROM option_hourly_units WHERE run_id = 'r1' AND workload_id = 'asg-web'"));
        Assert.Equal("graviton", connection.ExecuteScalar<string>("SELECT option FROM option_hourly_units WHERE run_id = 'r2'"));
    }

    [Fact]
    public void Migrate_StoreBefore0023_FillsSampleSpansFromTheStoredSamples()
    {
        // A store at 0022 with i-1's demo samples at 00:00, 05:00 and 02:00 (out of order, with a gap), one cloudwatch
        // sample of i-1 and one demo sample of i-2: 0023 records each source and workload's first and last hour.
        migrator.Migrate(connection, [.. Migration.All().Where(m => m.Version < 23)]);
        connection.Execute("""
            INSERT INTO utilization_hourly (workload_id, hour, cpu_avg_pct, source) VALUES
                ('i-1', TIMESTAMP '2026-11-01 00:00:00', 1, 'demo'),
                ('i-1', TIMESTAMP '2026-11-01 05:00:00', 2, 'demo'),
                ('i-1', TIMESTAMP '2026-11-01 02:00:00', 3, 'demo'),
                ('i-1', TIMESTAMP '2026-11-03 07:00:00', 4, 'cloudwatch'),
                ('i-2', TIMESTAMP '2026-11-02 09:00:00', 5, 'demo')
            """);

        var applied = migrator.Migrate(connection);

        Assert.Equal(["0023_sample_spans"], applied);
        Assert.Equal(
            "cloudwatch i-1 11-03 07 11-03 07, demo i-1 11-01 00 11-01 05, demo i-2 11-02 09 11-02 09",
            connection.ExecuteScalar<string>(
                "SELECT string_agg(source || ' ' || workload_id || ' ' || strftime(first_hour, '%m-%d %H') || ' ' || strftime(last_hour, '%m-%d %H'), ', ' ORDER BY source, workload_id) FROM sample_spans"));
        Assert.Equal(0L, connection.ExecuteScalar<long>("""
            SELECT count(*) FROM (
                (SELECT source, workload_id, first_hour, last_hour FROM sample_spans
                 EXCEPT SELECT source, workload_id, min(hour), max(hour) FROM utilization_hourly GROUP BY ALL)
                UNION ALL
                (SELECT source, workload_id, min(hour), max(hour) FROM utilization_hourly GROUP BY ALL
                 EXCEPT SELECT source, workload_id, first_hour, last_hour FROM sample_spans))
            """));
    }
}
