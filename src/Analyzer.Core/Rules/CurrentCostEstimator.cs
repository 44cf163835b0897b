using Analyzer.Core.Options;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// What a workload costs now for a 730-hour month: its actual cost lines where they were collected, else its
/// price times the hours and units it runs.
/// </summary>
public static class CurrentCostEstimator
{
    /// <param name="actualMonthlyUsd">Cost lines matched to the workload, scaled to a month; null when none.</param>
    /// <returns>The cost and how it was found, or a null cost and why not.</returns>
    public static (decimal? MonthlyUsd, string Basis) Estimate(Workload workload, Profiles.DemandProfile profile, PriceBook prices, decimal? actualMonthlyUsd)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(prices);
        if (actualMonthlyUsd is { } actual)
        {
            return (actual, "actual cost lines");
        }

        var units = (decimal)(workload.Kind is WorkloadKind.AutoScalingGroup or WorkloadKind.EcsService
            ? (profile.RunningCountMean > 0 ? profile.RunningCountMean : Math.Max(1, workload.DesiredCount))
            : 1);

        if (workload.Kind == WorkloadKind.LambdaFunction)
        {
            var context = new WorkloadContext(workload, profile, 0, Confidence.Low, new InterruptionTolerance(false, string.Empty));
            var cost = LambdaEvaluator.CurrentCost(context, prices.Lambda(workload.Region, workload.Architecture));
            return cost is null
                ? (null, $"no invocation metrics or no {workload.Architecture} Lambda rate for {workload.Region}")
                : (cost.TotalUsd, "Lambda price x invocations and duration");
        }

        if (workload.Kind == WorkloadKind.EcsService && string.Equals(workload.LaunchType, "FARGATE", StringComparison.OrdinalIgnoreCase))
        {
            var capacity = workload.PurchaseOption == "spot" ? "spot" : "on-demand";
            var rate = prices.Fargate(workload.Region, workload.Architecture, capacity);
            if (rate is null || workload.Vcpu is not { } vcpu || workload.MemoryGib is not { } gb)
            {
                return (null, $"no Fargate {capacity} {workload.Architecture} rate for {workload.Region}, or task size unknown");
            }

            return ((((decimal)vcpu * rate.UsdPerVcpuHour) + ((decimal)gb * rate.UsdPerGbHour)) * Billing.HoursPerMonth * units, "Fargate price x task size x 730 h");
        }

        if (workload.InstanceType is not { } type)
        {
            return (null, "no instance type and no cost lines");
        }

        var purchase = workload.PurchaseOption == "spot" ? "spot" : "on-demand";
        var hourly = prices.Ec2(workload.Region, type, purchase) ?? prices.Ec2(workload.Region, type, "on-demand");
        return hourly is { } price
            ? (price * Billing.HoursPerMonth * units, $"{purchase} price x 730 h")
            : (null, $"no price for {type} in {workload.Region}");
    }
}
