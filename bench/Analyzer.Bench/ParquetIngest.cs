using Analyzer.Storage;

namespace Analyzer.Bench;

/// <summary>
/// DuckDB's own ingest of the same rows, the yardstick for the store's load path: the samples and cost lines are
/// written once to Parquet, then each run creates a fresh database file and inserts them with read_parquet.
/// </summary>
internal static class ParquetIngest
{
    private static readonly string[] Tables = ["utilization_hourly", "cost_daily"];

    public static StepDetail Run(AnalyzerStore store, string directory)
    {
        var files = Tables.ToDictionary(t => t, t => Path.Combine(directory, t + ".parquet"));
        using (var connection = store.Connect())
        {
            foreach (var (table, file) in files)
            {
                if (!File.Exists(file))
                {
                    connection.Execute($"COPY (SELECT * FROM {table}) TO '{file}' (FORMAT parquet)");
                }
            }
        }

        var target = Path.Combine(directory, "read_parquet.duckdb");
        File.Delete(target);
        File.Delete(target + ".wal");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long rows = 0;
        using (var database = Analyzer.Storage.DuckDb.DuckDbDatabase.Open(target))
        using (var connection = database.Connect())
        {
            foreach (var (table, file) in files)
            {
                connection.Execute($"CREATE TABLE {table} AS SELECT * FROM read_parquet('{file}') LIMIT 0");
                rows += connection.Execute($"INSERT INTO {table} SELECT * FROM read_parquet('{file}')");
            }

            connection.Execute("CHECKPOINT");
        }

        return new StepDetail(rows, Seconds: clock.Elapsed.TotalSeconds);
    }
}
