using System.Globalization;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Shards;

/// <summary>
/// Writes one analysis run's results (<see cref="HistoryTables.All"/>) as Hive-partitioned Parquet under a local
/// folder, with DuckDB's <c>COPY ... (FORMAT parquet, PARTITION_BY (account_id))</c>: one folder per table, then
/// <c>period=YYYY-MM-DD</c>, then <c>account_id=NNNNNNNNNNNN</c>. Account ids become folder names, so the export
/// refuses a store holding one that is not 12 digits.
/// </summary>
public sealed class HistoryExport(AnalyzerStore store)
{
    /// <summary>Writes run <paramref name="runId"/> for <paramref name="period"/> under <paramref name="folder"/>; returns the files written.</summary>
    public IReadOnlyList<string> Write(string folder, string runId, DateOnly period)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(runId);
        var root = Path.GetFullPath(folder);
        var partition = "period=" + period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        var bad = connection.ExecuteScalar<long>(QueryCatalog.Get("shards/history/check_accounts"));
        if (bad > 0)
        {
            throw new StorageException(string.Create(CultureInfo.InvariantCulture,
                $"{bad} workload(s) have an account id that is not 12 digits; the history layout names folders after account ids, so it was not written."));
        }

        connection.Execute(QueryCatalog.Get("shards/history/set_run"), new Dictionary<string, object?> { ["run_id"] = runId });
        foreach (var (table, byAccount) in HistoryTables.All)
        {
            var target = Path.Combine(root, table, partition);
            Directory.CreateDirectory(byAccount ? Path.GetDirectoryName(target)! : target);
            var path = byAccount ? target : Path.Combine(target, "data_0.parquet");
            connection.Execute(QueryCatalog.Get("shards/history/set_path"), new Dictionary<string, object?> { ["path"] = path });
            connection.Execute(QueryCatalog.Get("shards/history/" + table));
        }

        transaction.Commit();
        return [.. Directory.EnumerateFiles(root, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
    }
}
