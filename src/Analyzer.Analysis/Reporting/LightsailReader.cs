using Analyzer.Core.Lightsail;
using Analyzer.Core.Reporting;
using Analyzer.Core.Settings;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Reporting;

/// <summary>
/// The run's instances whose recommended option is a Lightsail bundle (queries/analysis/report/lightsail_candidates.sql),
/// each with its bundle and what it saves beyond the cheapest option that stays on EC2 (<see cref="LightsailAdvisor"/>).
/// </summary>
internal static class LightsailReader
{
    public static IReadOnlyList<LightsailFinding> Read(DuckDbConnection connection, string runId, AnalysisSettings settings, IReadOnlyList<WorkloadReport> workloads)
    {
        var byId = workloads.ToDictionary(w => w.WorkloadId, StringComparer.Ordinal);
        var findings = new List<LightsailFinding>();
        using var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.LightsailCandidates), new Dictionary<string, object?> { ["run_id"] = runId });
        int Col(string name) => reader.GetOrdinal(name);
        var (id, name, account, region, type, vcpu, memory) = (Col("workload_id"), Col("name"), Col("account_id"), Col("region"), Col("instance_type"), Col("vcpu"), Col("memory_gib"));
        var (shape, coverage, mean, p99, memoryMax, cost, tags, chosen) = (Col("shape"), Col("coverage_pct"), Col("cpu_mean_vcpu"), Col("cpu_p99_vcpu"), Col("memory_max_gib"), Col("current_monthly_cost"), Col("tags"), Col("chosen_option"));
        while (reader.Read())
        {
            var workloadId = reader.GetString(id);
            var bundleName = reader.GetString(chosen) is var option && option.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? option[(colon + 1)..] : string.Empty;
            var bundle = LightsailCatalog.Bundles.FirstOrDefault(b => b.Region == reader.GetString(region) && b.BundleName == bundleName);
            if (bundle is null || !byId.TryGetValue(workloadId, out var workload))
            {
                continue;
            }

            var tagMap = reader.IsDBNull(tags)
                ? new Dictionary<string, string>(StringComparer.Ordinal)
                : reader.GetMap(tags).ToDictionary(t => t.Key, t => t.Value?.ToString() ?? string.Empty, StringComparer.Ordinal);
            var today = decimal.Round(reader.GetDecimal(cost), 2, MidpointRounding.AwayFromZero);
            var candidate = new LightsailCandidate(
                workloadId, reader.GetString(name), reader.GetString(account), reader.GetString(region), reader.GetString(type),
                reader.GetDouble(vcpu), reader.GetDouble(memory), reader.GetString(shape), reader.GetDouble(coverage),
                reader.GetDouble(mean), reader.GetDouble(p99), reader.IsDBNull(memoryMax) ? null : reader.GetDouble(memoryMax),
                today, tagMap)
            {
                RecommendedMonthlyCost = LightsailAdvisor.Alternative(workload.Options, settings) ?? today,
            };
            findings.Add(LightsailAdvisor.Describe(candidate, bundle));
        }

        return [.. findings.OrderByDescending(f => f.MonthlySavingsVsTodayUsd).ThenBy(f => f.Candidate.WorkloadId, StringComparer.Ordinal)];
    }
}
