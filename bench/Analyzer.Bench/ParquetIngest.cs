using Analyzer.Storage;

namespace Analyzer.Bench;

/// <summary>
/// DuckDB's own ingest of the same rows, the yardstick for the store's load path: the samples and cost lines are
/// written once to Parquet, then each run creates a fresh database file and inserts them with read_parquet.
/// </summary>
internal static class ParquetIngest
{
    private static readonly string[] Tables = ["utilization_hourly", "cost_daily"];

    /// <summary>Writes the store's samples and cost lines to Parquet files in <paramref name="directory"/> (not timed).</summary>
    public static void Export(AnalyzerStore store, string directory)
    {
        using var connection = store.Connect();
        foreach (var table in Tables)
        {
            connection.Execute($"COPY (SELECT * FROM {table}) TO '{File(directory, table)}' (FORMAT parquet)");
        }
    }

    public static StepDetail Run(string directory)
    {
        var files = Tables.ToDictionary(t => t, t => File(directory, t));
        var target = Path.Combine(directory, "read_parquet.duckdb");
        System.IO.File.Delete(target);
        System.IO.File.Delete(target + ".wal");
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

        return new StepDetail(rows);
    }

    private static string File(string directory, string table) => Path.Combine(directory, table + ".parquet");
}
