using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.ComputeOptimizer;

/// <summary>
/// Sets Compute Optimizer's (or Cost Explorer's) rank-1 recommendation beside ours: the same target, the same direction (both shrink
/// or both grow) to a different one, a different direction, or nothing from Compute Optimizer; and, where they
/// differ, the reasons we can know from the two methods (metrics, lookback, percentile, options it never offers).
/// </summary>
public static class ComputeOptimizerComparer
{
    private const CpuPercentile CoPercentile = CpuPercentile.P99_5;
    private const double CoHeadroomPercent = 20;

    public static ComputeOptimizerComparison Compare(
        Workload workload,
        DemandProfile profile,
        Recommendation ours,
        AnalysisSettings settings,
        ComputeOptimizerRecommendation? co,
        AwsRecommender recommender = AwsRecommender.ComputeOptimizer)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(settings);
        if (co is null)
        {
            return new ComputeOptimizerComparison(workload.WorkloadId, null, null, null, null, ComputeOptimizerAgreement.None, null) { Recommender = recommender };
        }

        var chosen = ours.Chosen;
        var (ourTarget, theirTarget) = ComparisonTargets.Of(workload, chosen, co);
        var agreement = Normalize(co.Finding) == "UNAVAILABLE"
            ? ComputeOptimizerAgreement.None
            : ourTarget is not null && string.Equals(ourTarget, theirTarget, StringComparison.Ordinal)
                ? ComputeOptimizerAgreement.Same
                : DirectionOf(chosen) == DirectionOf(co, workload.InstanceType) ? ComputeOptimizerAgreement.SameDirection : ComputeOptimizerAgreement.DifferentDirection;
        var reason = agreement == ComputeOptimizerAgreement.Same ? null : Reasons(workload, profile, ours, settings, co);
        return new ComputeOptimizerComparison(workload.WorkloadId, co.Source, co.Finding, co.RecommendedConfiguration, co.EstimatedMonthlySavingsUsd, agreement, reason)
        {
            Recommender = co.Recommender,
        };
    }

    /// <summary>-1 shrinks (costs less), 0 keeps, +1 grows: ours by what the chosen option does to the cost.</summary>
    public static int DirectionOf(OptionResult chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        if (chosen.Family == OptionFamily.Current)
        {
            return 0;
        }

        return chosen.FixesUnderProvisioning ? 1 : chosen.MonthlySavings > 0 ? -1 : 0;
    }

    /// <summary>Compute Optimizer's direction from its finding, or from its reason codes where the finding is "NotOptimized".</summary>
    public static int DirectionOf(ComputeOptimizerRecommendation co, string? currentConfiguration)
    {
        ArgumentNullException.ThrowIfNull(co);
        var finding = Normalize(co.Finding);
        var reasons = Normalize(co.FindingReasons);
        if (finding is "MODIFY" or "TERMINATE")
        {
            // Cost Explorer's rightsizing only ever downsizes or terminates.
            return -1;
        }

        if (finding == "OVERPROVISIONED" || (finding == "NOTOPTIMIZED" && reasons.Contains("OVERPROVISIONED", StringComparison.Ordinal)))
        {
            return -1;
        }

        if (finding == "UNDERPROVISIONED" || (finding == "NOTOPTIMIZED" && reasons.Contains("UNDERPROVISIONED", StringComparison.Ordinal)))
        {
            return 1;
        }

        return 0;
    }

    private static string Normalize(string text) =>
        text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static string? Reasons(Workload workload, DemandProfile profile, Recommendation ours, AnalysisSettings settings, ComputeOptimizerRecommendation co)
    {
        var inv = CultureInfo.InvariantCulture;
        var reasons = new List<string>();
        switch (ours.Chosen.Family)
        {
            case OptionFamily.Stop:
                reasons.Add("ours finds it idle and stops it");
                break;
            case OptionFamily.Schedule:
                reasons.Add("ours stops it outside its active hours");
                break;
            case OptionFamily.Graviton when co.RecommendedArchitecture != "arm64":
                reasons.Add("ours includes Graviton");
                break;
            case OptionFamily.Ec2Spot:
                reasons.Add("ours moves it to Spot");
                break;
            // A service already on Fargate that we resize stays on Fargate: no move to name.
            case OptionFamily.Fargate when string.Equals(workload.LaunchType, "FARGATE", StringComparison.OrdinalIgnoreCase):
                break;
            case OptionFamily.Fargate or OptionFamily.FargateSpot or OptionFamily.Lambda:
                reasons.Add($"ours moves it to {ours.Chosen.Family.ToName()}");
                break;
            case OptionFamily.Current when ours.Ranked.Any(o => o.MonthlySavings > 0 && RecommendationSelector.Fits(o, settings)):
                reasons.Add("ours keeps it: what it would save is under the minimum worth acting on");
                break;
            case OptionFamily.Current when ours.Ranked.Any(o => o.MonthlySavings > 0):
                reasons.Add($"ours keeps it: cheaper options exceed the {settings.RiskAppetite.ToString().ToLowerInvariant()} risk appetite");
                break;
        }

        reasons.AddRange(ComparisonReasons.For(workload, profile, ours.Chosen, co));
        if (co.Source == "ec2" && profile.HasMemoryMetric && co.FindingReasons.Length > 0 && !co.FindingReasons.Contains("Memory", StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add("CO has no memory metric");
        }

        if (co.LookbackDays is { } days && days != settings.LookbackDays)
        {
            reasons.Add(string.Create(inv, $"ours uses {settings.LookbackDays} days, {(co.Recommender == AwsRecommender.CostExplorer ? "CE" : "CO")} {days}"));
        }

        // Compute Optimizer's CPU preferences apply to EC2 (and so to a group's instances); Cost Explorer has none.
        if (co.Source is "ec2" or "asg" && (settings.CpuPercentile != CoPercentile || Math.Abs(settings.CpuHeadroomPercent - CoHeadroomPercent) > 1e-9))
        {
            reasons.Add(string.Create(inv, $"ours sizes CPU on {settings.CpuPercentile.ToName()} + {settings.CpuHeadroomPercent:0.#}% headroom, CO's default p99.5 + 20%"));
        }

        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }
}
