using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.ComputeOptimizer;

/// <summary>
/// The reasons, particular to each kind of workload, why AWS's recommendation and ours differ where we can know
/// them from the two methods. The reasons common to every kind stay in <see cref="ComputeOptimizerComparer"/>.
/// </summary>
internal static class ComparisonReasons
{
    /// <summary>Compute Optimizer rates no function configured above this (its documented limit).</summary>
    public const int LambdaRatedMemoryMb = 1792;

    public static IEnumerable<string> For(Workload workload, DemandProfile profile, OptionResult chosen, ComputeOptimizerRecommendation aws) => aws.Source switch
    {
        "asg" => Group(workload, chosen, aws),
        "lambda" => Function(workload, profile, chosen, aws),
        "ecs" => Service(workload, chosen),
        "cost-explorer" => CostExplorer(workload, chosen, aws),
        _ => [],
    };

    private static IEnumerable<string> Group(Workload workload, OptionResult chosen, ComputeOptimizerRecommendation aws)
    {
        var ours = ComparisonTargets.OurCount(workload, chosen);
        var theirs = aws.RecommendedCount ?? workload.DesiredCount;
        if (ours != workload.DesiredCount && theirs == workload.DesiredCount)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"ours changes the instance count ({workload.DesiredCount} → {ours}), CO only the instance type");
        }
        else if (ours == workload.DesiredCount && theirs != workload.DesiredCount)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"CO changes the instance count ({workload.DesiredCount} → {theirs}), ours only the instance type");
        }
    }

    private static IEnumerable<string> Function(Workload workload, DemandProfile profile, OptionResult chosen, ComputeOptimizerRecommendation aws)
    {
        var reasons = aws.FindingReasons;
        if (reasons.Contains("Inconclusive", StringComparison.OrdinalIgnoreCase) && workload.LambdaMemoryMb > LambdaRatedMemoryMb)
        {
            yield return "CO keeps Lambda functions over 1,792 MB unrated";
        }
        else if (reasons.Contains("InsufficientData", StringComparison.OrdinalIgnoreCase))
        {
            yield return "CO needs 50 invocations in 14 days to rate a function";
        }

        if (chosen.Family == OptionFamily.Current && !profile.HasMemoryMetric && aws.RecommendedMemoryMb is not null)
        {
            yield return "ours never lowers memory without a memory metric";
        }
    }

    private static IEnumerable<string> Service(Workload workload, OptionResult chosen)
    {
        var ours = ComparisonTargets.OurCount(workload, chosen);
        if (ours != workload.DesiredCount)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"ours changes the task count ({workload.DesiredCount} → {ours}), CO only the task size");
        }
    }

    private static IEnumerable<string> CostExplorer(Workload workload, OptionResult chosen, ComputeOptimizerRecommendation aws)
    {
        if (ComparisonTargets.IsTerminate(aws) && chosen.Family != OptionFamily.Stop)
        {
            yield return "CE finds it idle and terminates it";
        }

        if (workload.InstanceType is { } current && chosen.Target?.InstanceType is { } target && chosen.Family != OptionFamily.Current
            && !string.Equals(ComparisonTargets.FamilyOf(current), ComparisonTargets.FamilyOf(target), StringComparison.Ordinal))
        {
            yield return $"CE targets the same instance family by default, ours moves {ComparisonTargets.FamilyOf(current)} to {ComparisonTargets.FamilyOf(target)}";
        }
    }
}
