using System.Globalization;
using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>
/// Reads AWS's own recommendations (queries/analysis/compare/compute_optimizer.sql): Compute Optimizer's for every
/// kind it covers and Cost Explorer's EC2 rightsizing; sets each beside the run's recommendation, and appends the
/// comparisons to compute_optimizer_comparisons (migrations 0008, 0009), one row per workload and recommender.
/// </summary>
internal static class ComputeOptimizerComparisons
{
    private static readonly AwsRecommender[] Recommenders = [AwsRecommender.ComputeOptimizer, AwsRecommender.CostExplorer];

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
            foreach (var recommender in Recommenders)
            {
                // A workload of a kind the recommender does not cover is compared only when it has a row.
                var aws = recommendations.GetValueOrDefault((recommender, workload.WorkloadId));
                if (aws is null && !recommender.Covers(workload))
                {
                    continue;
                }

                comparisons.Add(ComputeOptimizerComparer.Compare(workload, profiles[workload.WorkloadId], evaluation.Recommendation, settings, aws, recommender));
            }
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
                .Append(c.Agreement.ToName()).Append(c.Reason).Append(c.Recommender.ToName())
                .EndRow();
        }
    }

    private static Dictionary<(AwsRecommender, string), ComputeOptimizerRecommendation> Read(DuckDbConnection connection, PriceBook prices)
    {
        var rows = new Dictionary<(AwsRecommender, string), ComputeOptimizerRecommendation>();
        using var reader = connection.ExecuteReader(Queries.Get(Queries.ComputeOptimizer));
        while (reader.Read())
        {
            var recommender = AwsRecommenderNames.Parse(reader.GetString(0));
            var instanceType = reader.IsDBNull(8) ? null : reader.GetString(8);
            var spec = instanceType is null ? null : prices.Spec(instanceType);
            rows[(recommender, reader.GetString(1))] = new ComputeOptimizerRecommendation(
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                spec?.Architecture ?? (spec?.Family.EndsWith('g') == true ? "arm64" : null),
                reader.IsDBNull(6) ? null : reader.GetDecimal(6),
                Int(reader, 7))
            {
                Recommender = recommender,
                RecommendedInstanceType = instanceType,
                RecommendedCount = Int(reader, 9),
                RecommendedCpuUnits = Int(reader, 10),
                RecommendedMemoryMb = Int(reader, 11),
            };
        }

        return rows;
    }

    private static int? Int(DuckDbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
