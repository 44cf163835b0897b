using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Tests.Pricing;

/// <summary>An in-memory DuckDB with the price tables (migration 0002) created, for one test or one class.</summary>
public sealed class PriceTables : IDisposable
{
    public PriceTables()
    {
        Database = DuckDbDatabase.Open(":memory:");
        Connection = Database.Connect();
        Connection.Execute(QueryCatalog.Get("schema/0002_prices"));
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
