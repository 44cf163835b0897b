using Analyzer.Core.Lightsail;
using Analyzer.Core.Settings;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Reporting;

/// <summary>
/// The run's standalone Linux instances (queries/analysis/report/lightsail_candidates.sql) judged by
/// <see cref="LightsailAdvisor"/> against the shipped bundles, with the run's CPU headroom.
/// </summary>
internal static class LightsailReader
{
    /// <param name="recommendedMonthlyCost">Each workload's recommended option's monthly cost (today's when kept as is).</param>
    public static IReadOnlyList<LightsailFinding> Read(DuckDbConnection connection, string runId, AnalysisSettings settings, IReadOnlyDictionary<string, decimal> recommendedMonthlyCost)
    {
        var candidates = new List<LightsailCandidate>();
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.LightsailCandidates), new Dictionary<string, object?> { ["run_id"] = runId }))
        {
            int Col(string name) => reader.GetOrdinal(name);
            var (id, name, account, region, type, vcpu, memory) = (Col("workload_id"), Col("name"), Col("account_id"), Col("region"), Col("instance_type"), Col("vcpu"), Col("memory_gib"));
            var (shape, coverage, mean, p99, memoryMax, cost, tags) = (Col("shape"), Col("coverage_pct"), Col("cpu_mean_vcpu"), Col("cpu_p99_vcpu"), Col("memory_max_gib"), Col("current_monthly_cost"), Col("tags"));
            while (reader.Read())
            {
                var tagMap = reader.IsDBNull(tags)
                    ? new Dictionary<string, string>(StringComparer.Ordinal)
                    : reader.GetMap(tags).ToDictionary(t => t.Key, t => t.Value?.ToString() ?? string.Empty, StringComparer.Ordinal);
                candidates.Add(new LightsailCandidate(
                    reader.GetString(id), reader.GetString(name), reader.GetString(account), reader.GetString(region), reader.GetString(type),
                    reader.GetDouble(vcpu), reader.GetDouble(memory), reader.GetString(shape), reader.GetDouble(coverage),
                    reader.GetDouble(mean), reader.GetDouble(p99), reader.IsDBNull(memoryMax) ? null : reader.GetDouble(memoryMax),
                    decimal.Round(reader.GetDecimal(cost), 2, MidpointRounding.AwayFromZero), tagMap)
                {
                    RecommendedMonthlyCost = recommendedMonthlyCost.TryGetValue(reader.GetString(id), out var recommended) ? recommended : decimal.Round(reader.GetDecimal(cost), 2, MidpointRounding.AwayFromZero),
                });
            }
        }

        return LightsailAdvisor.Advise(candidates, LightsailCatalog.Bundles, settings.CpuHeadroomPercent / 100, settings.MemoryHeadroomPercent / 100);
    }
}
