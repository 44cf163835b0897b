using Analyzer.Core.Time;
using Analyzer.Storage;

namespace Analyzer.Bench;

/// <summary>
/// The pandas peer's statistics as one DuckDB query over the store (bench/peer/profile_duckdb.sql): what DuckDB itself
/// takes for the same work on the same machine, so the analysis can be read against the database's own floor as well
/// as against the notebook. Rows are read and dropped, as the bare profile SQL's are.
/// </summary>
internal static class DuckDbPeer
{
    private static readonly string Query = File.ReadAllText(Path.Combine("bench", "peer", "profile_duckdb.sql"));

    public static StepDetail Run(AnalyzerStore store, Period window, double idleThresholdPercent)
    {
        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(Query, new Dictionary<string, object?>
        {
            ["window_start"] = window.Start,
            ["window_end"] = window.End,
            ["idle_threshold_pct"] = idleThresholdPercent,
        });
        long rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return new StepDetail(rows, "the peer's statistics in one DuckDB query over the store");
    }
}
