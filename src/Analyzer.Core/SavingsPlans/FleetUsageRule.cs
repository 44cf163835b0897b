using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Which usage a Compute Savings Plan could cover under a workload's option, at which on-demand rate: EC2 (instances,
/// Auto Scaling groups and the hosts of ECS services on EC2) per instance type, Fargate per task, Lambda per function
/// (its duration charges only: plans do not cover Lambda requests).
/// Spot, a stop, and usage without an on-demand rate are not coverable and give null.
/// A key's Savings Plan rate is looked up as <c>prices.Commitments(region, what follows the slash)</c>: Fargate and
/// Lambda rates, when the catalog holds them, are keyed "fargate:arch" and "lambda:arch".
/// </summary>
public static class FleetUsageRule
{
    /// <param name="profile">The workload's demand profile, which tells a Lambda option's request charges (no plan covers
    /// them) from its duration; without it, or without invocations, the option's whole cost is taken as duration.</param>
    public static FleetUsage? For(Workload workload, OptionResult option, PriceBook prices, Profiles.DemandProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(prices);
        if (option.Target is not { } target
            || option.Family is OptionFamily.Stop or OptionFamily.Ec2Spot or OptionFamily.FargateSpot
            || target.Capacity == "spot"
            || (option.Family == OptionFamily.Current && workload.PurchaseOption == "spot"))
        {
            return null;
        }

        var current = option.Family == OptionFamily.Current;
        var share = target.MonthlyHours / (double)Billing.HoursPerMonth;
        if (workload.Kind == WorkloadKind.LambdaFunction || option.Family is OptionFamily.Lambda or OptionFamily.LambdaRightsized || target.LambdaMemoryMb is not null)
        {
            // Lambda's price is per request and GB-second, not per unit-hour: the option's monthly cost is spread over
            // the hours in proportion to the invocations. A Compute Savings Plan covers the duration (GB-seconds), not
            // the requests: they stay on demand, outside the series.
            var lambdaArch = target.Architecture ?? workload.Architecture;
            var duration = option.MonthlyCost is { } cost ? cost - RequestCharges(workload, target, prices, profile, lambdaArch) : 0m;
            return duration > 0
                ? new FleetUsage(workload.WorkloadId, $"{workload.Region}/lambda:{lambdaArch}", duration / Billing.HoursPerMonth, 1)
                : null;
        }

        if (target.InstanceType is { } type)
        {
            if (!Ec2Platforms.IsLinuxShared(workload))
            {
                // Its plan rate is not the Linux one the catalog holds: the fleet plan leaves it on demand.
                return null;
            }

            return prices.Ec2(workload.Region, type, "on-demand") is { } price
                ? new FleetUsage(workload.WorkloadId, $"{workload.Region}/{type}", price, target.Units.Average * share, current && Pooled(workload))
                : null;
        }

        var arch = target.Architecture ?? workload.Architecture;
        if ((option.Family == OptionFamily.Fargate || (current && workload.Kind is WorkloadKind.EcsService or WorkloadKind.EksFargatePod))
            && prices.Fargate(workload.Region, arch, "on-demand") is { } rate && target.Vcpu is { } vcpu && target.MemoryGib is { } gib)
        {
            var perTask = ((decimal)vcpu * rate.UsdPerVcpuHour) + ((decimal)gib * rate.UsdPerGbHour);
            return new FleetUsage(workload.WorkloadId, $"{workload.Region}/fargate:{arch}", perTask, target.Units.Average * share, current);
        }

        return null;
    }

    // The month's request charges of a Lambda option: a function's invocations, or for work moved to Lambda one
    // invocation per unit of work over its busy hours (as LambdaEvaluator.Convert counts them); 0 when unknown.
    private static decimal RequestCharges(Workload workload, OptionTarget target, PriceBook prices, Profiles.DemandProfile? profile, string arch)
    {
        double? invocations = workload.Kind == WorkloadKind.LambdaFunction
            ? profile?.MonthlyInvocations
            : profile?.UnitOfWorkSeconds is { } seconds && seconds > 0 ? Math.Ceiling(target.MonthlyHours * 3600 / seconds) : null;
        var rate = prices.Lambda(workload.Region, arch).OrderBy(t => t.TierGbSecondsFrom).FirstOrDefault();
        return invocations is { } calls && calls > 0 && rate is not null ? (decimal)calls / 1_000_000m * rate.UsdPerMillionRequests : 0m;
    }

    private static bool Pooled(Workload workload) => Rules.FleetRequirement.IsPooled(workload.Kind);
}
