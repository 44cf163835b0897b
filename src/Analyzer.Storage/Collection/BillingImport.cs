using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Collection;

/// <summary>
/// Loads a CUR 2.0 or FOCUS export from local Parquet or CSV files into cost_daily with DuckDB's own readers, in
/// one transaction: the export's (account, UTC day) pairs replace what the same source held for exactly those pairs,
/// so re-importing a corrected export is idempotent and the parts of a split export can come in any order. The run
/// is recorded in collection_runs.
/// </summary>
public sealed class BillingImport(AnalyzerStore store, TimeProvider time)
{
    // The only text spliced into the SQL: one of these two reader calls, chosen by file extension.
    private const string ParquetReader = "read_parquet(getvariable('import_path'), union_by_name = true)";
    private const string CsvReader = "read_csv(getvariable('import_path'), union_by_name = true, header = true)";

    public BillingImportResult Import(string path, BillingFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var source = format == BillingFormat.Cur2 ? "cur2" : "focus";
        var reader = IsCsv(path) ? CsvReader : ParquetReader;
        var stage = QueryCatalog.Get(format == BillingFormat.Cur2 ? "collection/import/cur2" : "collection/import/focus")
            .Replace("{reader}", reader, StringComparison.Ordinal);
        var startedAt = time.GetUtcNow();
        var runId = Guid.CreateVersion7(startedAt).ToString("N");

        using var connection = store.Connect();
        connection.Execute(QueryCatalog.Get("collection/import/set_utc"));
        using var transaction = connection.BeginTransaction();
        connection.Execute(QueryCatalog.Get("collection/import/set_path"), new Dictionary<string, object?> { ["path"] = path });
        connection.Execute(QueryCatalog.Get("collection/import/set_source"), new Dictionary<string, object?> { ["source"] = source });
        connection.Execute(stage);
        var result = Summary(connection, runId);
        connection.Execute(QueryCatalog.Get("collection/import/apply"));
        var first = result.FirstDay ?? DateOnly.FromDateTime(startedAt.UtcDateTime);
        var last = result.LastDay ?? first.AddDays(-1);
        connection.Execute(QueryCatalog.Get("store/record_run"), new Dictionary<string, object?>
        {
            ["run_id"] = runId,
            ["source"] = source,
            ["account_id"] = null,
            ["region"] = null,
            ["window_start"] = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            ["window_end"] = last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            ["started_at"] = startedAt.UtcDateTime,
            ["finished_at"] = time.GetUtcNow().UtcDateTime,
            ["status"] = "succeeded",
            ["error"] = null,
            ["rows_accounts"] = (int)result.Accounts,
            ["rows_workloads"] = 0,
            ["rows_samples"] = 0L,
            ["rows_cost_lines"] = result.CostLines,
        });
        transaction.Commit();
        return result;
    }

    private static bool IsCsv(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".csv.zst", StringComparison.OrdinalIgnoreCase);

    private static BillingImportResult Summary(DuckDbConnection connection, string runId)
    {
        using var reader = connection.ExecuteReader(QueryCatalog.Get("collection/import/summary"));
        reader.Read();
        return new BillingImportResult(
            runId,
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.IsDBNull(2) ? null : reader.GetDate(2),
            reader.IsDBNull(3) ? null : reader.GetDate(3),
            reader.GetDecimal(4),
            reader.GetDecimal(5));
    }
}
