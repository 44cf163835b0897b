using Analyzer.Core.Settings;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.WhatIf;

/// <summary>Reads a what-if's baseline run: the run (queries/analysis/report/run.sql), its recommendations and its fleet commitment.</summary>
internal static class BaselineReader
{
    /// <returns>Null when the store holds no such succeeded run.</returns>
    public static WhatIfBaseline? Read(DuckDbConnection connection, string? runId)
    {
        string id, settingsJson;
        DateTime start, end;
        using (var reader = connection.ExecuteReader(QueryCatalog.Get("analysis/report/run"), new Dictionary<string, object?> { ["run_id"] = runId }))
        {
            if (!reader.Read())
            {
                return null;
            }

            id = reader.GetString(reader.GetOrdinal("run_id"));
            settingsJson = reader.GetString(reader.GetOrdinal("settings_json"));
            start = DateTime.SpecifyKind(reader.GetDateTime(reader.GetOrdinal("window_start")), DateTimeKind.Utc);
            end = DateTime.SpecifyKind(reader.GetDateTime(reader.GetOrdinal("window_end")), DateTimeKind.Utc);
        }

        var args = new Dictionary<string, object?> { ["run_id"] = id };
        var workloads = new Dictionary<string, BaselineWorkload>(StringComparer.Ordinal);
        using (var reader = connection.ExecuteReader(QueryCatalog.Get("analysis/whatif/baseline_workloads"), args))
        {
            int workload = reader.GetOrdinal("workload_id"), option = reader.GetOrdinal("option"), family = reader.GetOrdinal("family"),
                current = reader.GetOrdinal("current_monthly_cost"), cost = reader.GetOrdinal("monthly_cost"), reason = reader.GetOrdinal("reason");
            while (reader.Read())
            {
                var w = reader.GetString(workload);
                workloads[w] = new BaselineWorkload(
                    w, reader.GetString(option), reader.GetString(family),
                    reader.IsDBNull(current) ? null : reader.GetDecimal(current),
                    reader.IsDBNull(cost) ? null : reader.GetDecimal(cost),
                    reader.GetString(reason));
            }
        }

        string? label = null;
        decimal hourly = 0m, savings = 0m;
        using (var reader = connection.ExecuteReader(QueryCatalog.Get("analysis/report/savings_plan"), args))
        {
            if (reader.Read())
            {
                label = $"{reader.GetString(reader.GetOrdinal("plan"))}:{reader.GetInt32(reader.GetOrdinal("term_years"))}y:{reader.GetString(reader.GetOrdinal("payment"))}";
                hourly = reader.GetDecimal(reader.GetOrdinal("additional_commitment"));
                savings = reader.GetDecimal(reader.GetOrdinal("additional_monthly_savings"));
            }
        }

        if (Reporting.CommitmentContextReader.ReadPortfolio(connection, id) is { Recommended: true } portfolio)
        {
            (label, hourly, savings) = ($"portfolio:{portfolio.TermYears}y:{portfolio.Payment}", portfolio.HourlyCommitment, portfolio.MonthlyNetSavings);
        }

        return new WhatIfBaseline(id, AnalysisSettingsReader.Parse(settingsJson), start, end, workloads, label, hourly, savings);
    }
}
