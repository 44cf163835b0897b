using Analyzer.Analysis;
using Analyzer.Core.Settings;
using Analyzer.Core.Time;
using Analyzer.Storage;

namespace Analyzer.Bench;

/// <summary>
/// The demand-profile step two ways: as the engine runs it (its SQL, and every row turned into profiles with their
/// hourly series), and as bare SQL in DuckDB (the same two queries, rows read and dropped), so the engine's own
/// overhead over DuckDB shows as a ratio. Both read the fleet in the engine's batches of workloads, as a run does.
/// </summary>
internal static class ProfileSteps
{
    public static StepDetail Engine(AnalyzerStore store, Period window, AnalysisSettings settings, int batchSize)
    {
        using var connection = store.Connect();
        var workloads = ProfileReader.Workloads(connection, settings).ToDictionary(w => w.WorkloadId, StringComparer.Ordinal);
        using var staged = ProfileReader.StageWindow(connection, window);
        var ids = ProfileReader.WorkloadKeys(connection, workloads);
        var (count, hours) = (0, 0L);
        foreach (var batch in ProfileReader.Batches(ids, batchSize))
        {
            var (profiles, _) = ProfileReader.Profiles(connection, window, settings, workloads, ids, batch);
            count += profiles.Count;
            hours += profiles.Values.Sum(p => (long)(p.Hours?.Count ?? 0));
        }

        return new StepDetail(count, $"{hours} hours in the series");
    }

    public static StepDetail BareSql(AnalyzerStore store, Period window, AnalysisSettings settings, int batchSize)
    {
        using var connection = store.Connect();
        var parameters = new Dictionary<string, object?>
        {
            ["window_start"] = window.Start,
            ["window_end"] = window.End,
            ["idle_threshold_pct"] = settings.ActiveCpuThresholdPercent,
        };
        long rows = 0;
        connection.Execute(QueryCatalog.Get("analysis/profile/window_keys"));
        connection.Execute(QueryCatalog.Get("analysis/profile/window_repeated"), new Dictionary<string, object?>
        {
            ["window_start"] = window.Start,
            ["window_end"] = window.End,
        });
        connection.Execute(QueryCatalog.Get("analysis/profile/window_hours"));
        // The engine's batches, so both steps read the same key ranges.
        var ids = ProfileReader.WorkloadKeys(connection, ProfileReader.Workloads(connection, settings).ToDictionary(w => w.WorkloadId, StringComparer.Ordinal));
        foreach (var batch in ProfileReader.Batches(ids, batchSize))
        {
            parameters["key_from"] = batch.From;
            parameters["key_to"] = batch.To;
            foreach (var query in new[] { "analysis/profile/demand", "analysis/profile/hourly" })
            {
                using var reader = connection.ExecuteReader(QueryCatalog.Get(query), parameters);
                while (reader.Read())
                {
                    rows++;
                }
            }
        }

        connection.Execute(QueryCatalog.Get("analysis/profile/drop_window_hours"));
        return new StepDetail(rows);
    }
}
