using System.Globalization;
using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>
/// Reads Compute Optimizer's recommendations (queries/analysis/compare/compute_optimizer.sql), sets each beside the
/// run's recommendation, and appends the comparisons to compute_optimizer_comparisons (migration 0008).
/// </summary>
internal static class ComputeOptimizerComparisons
{
    /// <summary>Kinds Compute Optimizer covers today; a workload of another kind is compared only when it has a row.</summary>
    private static readonly WorkloadKind[] Covered = [WorkloadKind.Ec2Instance];

    public static IReadOnlyList<ComputeOptimizerComparison> Compare(
        DuckDbConnection connection,
        IReadOnlyDictionary<string, Workload> workloads,
        IReadOnlyDictionary<string, DemandProfile> profiles,
        IEnumerable<WorkloadEvaluation> evaluations,
        PriceBook prices,
        AnalysisSettings settings)
    {
        var recommendations = Read(connection, prices);
        var comparisons = new List<ComputeOptimizerComparison>();
        foreach (var evaluation in evaluations)
        {
            var workload = workloads[evaluation.WorkloadId];
            var co = recommendations.GetValueOrDefault(workload.WorkloadId);
            if (co is null && !Covered.Contains(workload.Kind))
            {
                continue;
            }

            var profile = profiles[workload.WorkloadId];
            comparisons.Add(ComputeOptimizerComparer.Compare(workload, profile, evaluation.Recommendation, settings, co));
        }

        return comparisons;
    }

    public static void Write(DuckDbConnection connection, string runId, IEnumerable<ComputeOptimizerComparison> comparisons)
    {
        using var a = connection.CreateAppender("compute_optimizer_comparisons");
        foreach (var c in comparisons)
        {
            a.Append(runId).Append(c.WorkloadId).Append(c.Source).Append(c.Finding).Append(c.RecommendedConfiguration)
                .Append(c.EstimatedMonthlySavingsUsd is { } s ? Math.Round(s, 6, MidpointRounding.AwayFromZero) : (decimal?)null)
                .Append(c.Agreement.ToName()).Append(c.Reason)
                .EndRow();
        }
    }

    private static Dictionary<string, ComputeOptimizerRecommendation> Read(DuckDbConnection connection, PriceBook prices)
    {
        var rows = new Dictionary<string, ComputeOptimizerRecommendation>(StringComparer.Ordinal);
        using var reader = connection.ExecuteReader(Queries.Get(Queries.ComputeOptimizer));
        while (reader.Read())
        {
            var recommended = reader.IsDBNull(4) ? null : reader.GetString(4);
            var spec = recommended is null ? null : prices.Spec(recommended);
            rows[reader.GetString(0)] = new ComputeOptimizerRecommendation(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                recommended,
                spec?.Architecture ?? (spec?.Family.EndsWith('g') == true ? "arm64" : null),
                reader.IsDBNull(5) ? null : reader.GetDecimal(5),
                reader.IsDBNull(6) ? null : Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture));
        }

        return rows;
    }
}
