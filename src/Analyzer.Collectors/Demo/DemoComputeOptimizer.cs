using Analyzer.Core.Collection;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// Compute Optimizer-like recommendations for the demo organisation, so the demo's store holds what a real
/// collection would and the report can compare. They are worked out the way Compute Optimizer describes its method,
/// from the demo's own hourly samples and never from the engine, so the two sometimes disagree, as in real
/// life: CPU at p99.5 of the per-interval maximum plus 20% headroom, memory likewise but only where the agent reports
/// it (otherwise memory is never reduced), the last 14 days, at least 30 hours of data for EC2 and Auto Scaling
/// groups and 24 for ECS, ECS on Fargate only, Lambda only up to 1,792 MB and from 50 invocations.
/// Deterministic: the same options and prices give the same rows.
/// </summary>
public static class DemoComputeOptimizer
{
    public const int LookbackDays = 14;

    /// <summary>Compute Optimizer's month for monthly savings.</summary>
    internal const decimal HoursPerMonth = 730m;

    public static ComputeOptimizerFindings Generate(DemoOptions options, DemoPriceBook prices)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(prices);
        options.Validate();

        var end = DateTime.SpecifyKind(options.WindowEnd.Date, DateTimeKind.Utc);
        var window = new Period(end.AddDays(-options.Days), end);
        var lookbackStart = end.AddDays(-LookbackDays) > window.Start ? end.AddDays(-LookbackDays) : window.Start;
        var ec2 = new List<Ec2Recommendation>();
        var groups = new List<AsgRecommendation>();
        var functions = new List<LambdaRecommendation>();
        var services = new List<EcsRecommendation>();
        foreach (var workload in DemoInventory.Build(options, prices))
        {
            // The stream replays from the window's start; only the last 14 days are looked at.
            var samples = DemoSamples.For(workload, window).Where(s => s.Hour >= lookbackStart).ToList();
            var w = workload.Workload;
            switch (w.Kind)
            {
                case WorkloadKind.Ec2Instance when DemoOptimizerEc2.Size(workload, samples, prices) is { } size:
                    ec2.Add(new Ec2Recommendation(
                        w.AccountId, w.Region, $"arn:aws:ec2:{w.Region}:{w.AccountId}:instance/{w.WorkloadId}", w.WorkloadId, w.InstanceType!,
                        size.Finding, size.Reasons, size.RecommendedType, size.PerformanceRisk, size.MonthlySavings, size.SavingsPercent,
                        LookbackDays, end));
                    break;
                case WorkloadKind.AutoScalingGroup when DemoOptimizerEc2.Size(workload, samples, prices) is { } size:
                    groups.Add(new AsgRecommendation(
                        w.AccountId, w.Region, w.WorkloadId, w.Name, w.WorkloadId, w.InstanceType, w.DesiredCount, size.Finding,
                        size.RecommendedType, w.DesiredCount, size.PerformanceRisk, size.MonthlySavings, size.SavingsPercent, LookbackDays, end));
                    break;
                case WorkloadKind.LambdaFunction:
                    functions.Add(DemoOptimizerLambda.Recommend(workload, samples, end));
                    break;
                case WorkloadKind.EcsService when DemoOptimizerEcs.Recommend(workload, samples, end) is { } service:
                    services.Add(service);
                    break;
                default:
                    break;
            }
        }

        return new ComputeOptimizerFindings(ec2, groups, functions, services);
    }

    /// <summary>Nearest-rank percentile (0-100) of the values; null when there are none.</summary>
    internal static double? Percentile(IEnumerable<double?> values, double percentile)
    {
        var sorted = values.OfType<double>().Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>0 (none) to 4 (very high) from the projected p99.5 CPU on the recommended size.</summary>
    internal static double Risk(double projectedPercent) => projectedPercent switch
    {
        <= 50 => 0,
        <= 70 => 1,
        <= 85 => 2,
        <= 100 => 3,
        _ => 4,
    };

    internal static (decimal? Savings, double? Percent) Savings(decimal currentMonthly, decimal recommendedMonthly)
    {
        // Compute Optimizer reports no negative savings: a bigger size saves nothing.
        var saved = Math.Max(0m, currentMonthly - recommendedMonthly);
        return (decimal.Round(saved, 6), currentMonthly > 0 ? Math.Round((double)(saved / currentMonthly * 100m), 2) : 0);
    }
}
