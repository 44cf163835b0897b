using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Tests.Pricing;

/// <summary>An in-memory DuckDB migrated like a real store (so with the price tables of 0002), for one test or one class.</summary>
public sealed class PriceTables : IDisposable
{
    public PriceTables()
    {
        Database = DuckDbDatabase.Open(":memory:");
        Connection = Database.Connect();
        new SchemaMigrator(new FixedTime(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero))).Migrate(Connection);
    }

    public DuckDbDatabase Database { get; }

    public DuckDbConnection Connection { get; }

    public long Count(string table) => table switch
    {
        // Closed set: the name is never user input.
        "prices_ec2" or "prices_commitment" or "prices_fargate" or "prices_lambda" or "spot_advisor" or "instance_types" or "price_catalog_versions"
            => Connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}"),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    public void Dispose()
    {
        Connection.Dispose();
        Database.Dispose();
    }
}
