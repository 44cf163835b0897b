using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Reporting;

/// <summary>The data-quality section of a run: collection outcomes, missing metrics, thin data and price gaps.</summary>
internal static class ReportDataQuality
{
    /// <summary>Below this share of the window's hours observed, a workload's profile is flagged as low coverage.</summary>
    public const double LowCoveragePercent = 80;

    public static DataQualityReport Read(DuckDbConnection connection, ReportRun run)
    {
        var sources = new List<SourceStatus>();
        var issues = new List<DataQualityIssue>();
        var window = new Dictionary<string, object?> { ["window_start"] = run.Window.Start, ["window_end"] = run.Window.End };
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.CollectionStatus), window))
        {
            while (reader.Read())
            {
                var status = reader.GetString(3) == "succeeded" ? "ok" : reader.GetString(3);
                var source = new SourceStatus(reader.GetString(0), reader.GetString(1), reader.GetString(2), status, reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetString(5));
                sources.Add(source);
                if (status != "ok")
                {
                    issues.Add(new DataQualityIssue(
                        Risk.High, "collection_failed", $"{source.Source} {source.AccountId} {source.Region}".Trim(),
                        source.Error ?? "The collection run did not succeed.", 0, "Workloads of this account and region may be missing or stale.")
                    {
                        Action = "Fix the error (permissions, region enabled) and collect again.",
                    });
                }
            }
        }

        var args = new Dictionary<string, object?>
        {
            ["run_id"] = run.RunId,
            ["minimum_hours"] = run.Settings.MinimumHours,
            ["low_coverage_pct"] = LowCoveragePercent,
        };
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.ProfileGaps), args))
        {
            if (reader.Read())
            {
                Add(issues, Risk.Medium, "missing_memory_metrics", "EC2 and ECS workloads without memory metrics", reader.GetInt64(0),
                    "No memory metric was reported (no CloudWatch agent or Container Insights).", "Confidence capped; memory assumed at the configured size.",
                    "Install the CloudWatch agent (EC2) or turn on Container Insights (ECS).");
                Add(issues, Risk.Medium, "insufficient_data", $"Workloads with fewer than {run.Settings.MinimumHours} hours of data", reader.GetInt64(1),
                    "Too few hours observed in the lookback.", "No sizing option offered.", "Collect again once the workload has run for longer.");
                Add(issues, Risk.Low, "low_coverage", string.Create(CultureInfo.InvariantCulture, $"Workloads observed under {LowCoveragePercent:0}% of the window"), reader.GetInt64(2),
                    "Metrics are missing for part of the lookback.", "Confidence lowered.", "Check the CloudWatch collection for the missing hours.");
            }
        }

        if (run.PriceAsOf is null)
        {
            issues.Add(new DataQualityIssue(Risk.High, "price_gap", "EC2 prices", "Rates not loaded.", 0, "Options cannot be priced.") { Action = "analyzer prices refresh" });
        }

        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.PriceGaps), new Dictionary<string, object?> { ["run_id"] = run.RunId }))
        {
            var cause = reader.GetOrdinal("cause");
            var families = reader.GetOrdinal("families");
            var workloads = reader.GetOrdinal("workloads");
            var example = reader.GetOrdinal("example");
            while (reader.Read())
            {
                var labels = string.Join(", ", reader.GetString(families).Split(',').Select(f => OptionFamilyNames.TryParse(f, out var family) ? family.ToLabel() : f));
                issues.Add(UnpricedCause.Describe(reader.GetString(cause), labels, (int)reader.GetInt64(workloads), reader.GetString(example)));
            }
        }

        var stale = new Dictionary<string, object?> { ["run_id"] = run.RunId, ["max_age_days"] = run.Settings.SpotPriceMaxAgeDays };
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.StaleSpotPrices), stale))
        {
            while (reader.Read())
            {
                var asOf = reader.GetDate(1);
                Add(issues, Risk.Medium, "stale_spot_prices", $"{reader.GetString(0)} prices", reader.GetInt64(3),
                    string.Create(CultureInfo.InvariantCulture, $"The newest {reader.GetString(0)} prices are dated {asOf:yyyy-MM-dd}, {reader.GetInt32(2)} days before the window's end (more than {run.Settings.SpotPriceMaxAgeDays})."),
                    "Spot options priced on them carry lower confidence.", "analyzer prices refresh");
            }
        }

        return new DataQualityReport(sources, issues);
    }

    private static void Add(List<DataQualityIssue> issues, Risk severity, string category, string subject, long workloads, string detail, string effect, string action)
    {
        if (workloads > 0)
        {
            issues.Add(new DataQualityIssue(severity, category, subject, detail, (int)workloads, effect) { Action = action });
        }
    }
}
