using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Pricing;

/// <summary>
/// The staged-replace protocol every price load follows inside one transaction: stage rows in temp tables,
/// then for each (source, as_of, region) staged delete the old rows and insert the new, then record the versions.
/// A failure anywhere rolls the whole load back, so the store shows the old prices or the new, never a mix.
/// </summary>
internal static class PriceStaging
{
    // The closed set of price tables; their names pick the replace query, never spliced into SQL text.
    private static readonly string[] Tables =
        ["prices_ec2", "prices_commitment", "prices_fargate", "prices_lambda", "spot_advisor", "instance_types"];

    public static PriceLoadResult Load(DuckDbConnection connection, TimeProvider time, string? note, Action<DuckDbConnection> stage)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute(QueryCatalog.Get("prices/stage_tables"));
        stage(connection);

        PriceLoadResult result;
        using (var counts = connection.ExecuteReader(QueryCatalog.Get("prices/stage_counts")))
        {
            counts.Read();
            result = new PriceLoadResult(
                counts.GetInt64(0), counts.GetInt64(1), counts.GetInt64(2), counts.GetInt64(3), counts.GetInt64(4), counts.GetInt64(5));
        }

        connection.Execute(QueryCatalog.Get("prices/delete_versions"));
        connection.Execute(
            QueryCatalog.Get("prices/insert_versions"),
            new Dictionary<string, object?> { ["loaded_at"] = time.GetUtcNow().UtcDateTime, ["note"] = note });
        foreach (var table in Tables)
        {
            connection.Execute(QueryCatalog.Get($"prices/replace/{table}"));
        }

        connection.Execute(QueryCatalog.Get("prices/drop_stage_tables"));
        transaction.Commit();
        return result;
    }
}
