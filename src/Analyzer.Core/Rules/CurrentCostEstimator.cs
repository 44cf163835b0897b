using Analyzer.Core.Options;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// What a workload costs now for a 730-hour month, priced by the same model as its options: its list price times the
/// whole units it ran each observed hour. The bill stays beside it (credits, commitments and discounts make it
/// differ); it becomes the basis only where no list price applies.
/// </summary>
public static class CurrentCostEstimator
{
    /// <param name="actualMonthlyUsd">Cost lines matched to the workload, scaled to a month; null when none.</param>
    public static CurrentCost Estimate(Workload workload, Profiles.DemandProfile profile, PriceBook prices, decimal? actualMonthlyUsd)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(prices);
        var series = FleetRequirement.IsPooled(workload.Kind)
            ? UnitSeries.Current(profile, workload.DesiredCount)
            : UnitSeries.Always(1);
        var (modeled, basis) = Model(workload, profile, prices, series);
        if (modeled is { } m)
        {
            return new CurrentCost(m, actualMonthlyUsd, basis, series);
        }

        return actualMonthlyUsd is { } billed
            ? new CurrentCost(billed, billed, $"actual cost lines ({basis})", series)
            : new CurrentCost(null, null, basis, series);
    }

    private static (decimal? MonthlyUsd, string Basis) Model(Workload workload, Profiles.DemandProfile profile, PriceBook prices, UnitSeries series)
    {
        if (workload.Kind == WorkloadKind.LambdaFunction)
        {
            var context = new WorkloadContext(workload, profile, 0, Confidence.Low, new InterruptionTolerance(false, string.Empty));
            var cost = LambdaEvaluator.CurrentCost(context, prices.Lambda(workload.Region, workload.Architecture));
            return cost is null
                ? (null, $"no invocation metrics or no {workload.Architecture} Lambda rate for {workload.Region}")
                : (cost.TotalUsd, "Lambda price x invocations and duration");
        }

        if (workload.Kind == WorkloadKind.EksFargatePod)
        {
            // Billed at the size Fargate provisions for the pod's requests (256 MB added, rounded up), on demand only.
            var rate = prices.Fargate(workload.Region, "x86_64", "on-demand");
            if (rate is null || workload.Vcpu is not { } requestedVcpu || workload.MemoryGib is not { } requestedGib
                || EksFargatePods.Provisioned(requestedVcpu, requestedGib) is not { } size)
            {
                return (null, $"no Fargate on-demand x86_64 rate for {workload.Region}, or the pod's requests unknown");
            }

            return (((size.Vcpu * rate.UsdPerVcpuHour) + (size.MemoryGb * rate.UsdPerGbHour)) * series.MonthlyUnitHours,
                $"Fargate on-demand price x the size Fargate provisions for the pod's requests ({FargateEvaluator.Describe(size)}: requests + 256 MB, rounded up) x pods each hour");
        }

        if (workload.Kind == WorkloadKind.EcsService && string.Equals(workload.LaunchType, "FARGATE", StringComparison.OrdinalIgnoreCase))
        {
            var capacity = workload.PurchaseOption == "spot" ? "spot" : "on-demand";
            var rate = prices.Fargate(workload.Region, workload.Architecture, capacity);
            if (rate is null || workload.Vcpu is not { } vcpu || workload.MemoryGib is not { } gb)
            {
                return (null, $"no Fargate {capacity} {workload.Architecture} rate for {workload.Region}, or task size unknown");
            }

            return ((((decimal)vcpu * rate.UsdPerVcpuHour) + ((decimal)gb * rate.UsdPerGbHour)) * series.MonthlyUnitHours, "Fargate price x task size x tasks each hour");
        }

        if (workload.InstanceType is not { } type)
        {
            return (null, "no instance type");
        }

        var purchase = workload.PurchaseOption == "spot" ? "spot" : "on-demand";
        if (!Ec2Platforms.IsLinuxShared(workload))
        {
            // Priced with the platform's and tenancy's own price, never Linux's; without one, the bill is the basis.
            if (PlatformRule.NoPerInstancePrice(workload) is { } why)
            {
                return (null, why);
            }

            var own = prices.Ec2(workload.Region, type, purchase, workload.Platform, workload.Tenancy)
                ?? prices.Ec2(workload.Region, type, "on-demand", workload.Platform, workload.Tenancy);
            return own is { } ownPrice
                ? (ownPrice * series.MonthlyUnitHours, $"{Ec2Platforms.Describe(workload.Platform, workload.Tenancy)} {purchase} price x units each hour")
                : (null, PlatformRule.MissingPrice(workload, type));
        }

        var hourly = prices.Ec2(workload.Region, type, purchase) ?? prices.Ec2(workload.Region, type, "on-demand");
        return hourly is { } price
            ? (price * series.MonthlyUnitHours, $"{purchase} price x units each hour")
            : (null, $"no price for {type} in {workload.Region}");
    }
}
