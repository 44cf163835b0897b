using Analyzer.Core.Collection;
using Analyzer.Core.Rules;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Which Reserved Instances held the fleet commitment optimizer can apply, and how, by AWS's rules:
/// <list type="bullet">
/// <item>A regional RI of Linux/UNIX on default tenancy is size-flexible: it applies to any size of its family in its
/// region by normalization factor.</item>
/// <item>A zonal RI is not size-flexible: it applies to its own type in its own zone only. The fleet's series is per
/// region, not per zone, so it is applied to its type anywhere in its region (an overstatement when the usage runs in
/// another zone).</item>
/// <item>Regional RIs of the families AWS excludes from size flexibility (G4ad, G4dn, G5, G5g, Inf1, Inf2) apply to their type only.</item>
/// <item>Other platforms (Windows, RHEL, SUSE, ...) and dedicated tenancy apply only to instances of that platform and
/// tenancy, which the series leaves on demand (its rates are Linux/UNIX shared tenancy): not applied.</item>
/// <item>A queued one (bought to start later) applies from its start, hour by hour, like any other.</item>
/// <item>One that ended before the window, or starts after it, covers none of it; one in a region the analysis runs
/// nothing in has nothing to cover; one whose type has no on-demand rate in the catalog cannot be sized: not applied.</item>
/// </list>
/// </summary>
public static class ReservedInstanceRule
{
    private static readonly HashSet<string> NotSizeFlexible = new(["g4ad", "g4dn", "g5", "g5g", "inf1", "inf2"], StringComparer.OrdinalIgnoreCase);

    public static ReservedInstanceUse Use(ReservedInstance held, PriceBook prices, Period window)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(prices);
        if (held.End is { } end && end <= window.Start)
        {
            return new(held, null, $"not applied: it ended on {end:yyyy-MM-dd}, before the window");
        }

        if (held.Start is { } start && start >= window.End)
        {
            return new(held, null, held.State == ReservedInstance.Queued
                ? $"not applied: queued to start on {start:yyyy-MM-dd}, after the window, so it covers none of the window's hours (the plans here are sized without it)"
                : $"not applied: it starts on {start:yyyy-MM-dd}, after the window");
        }

        if (held.InstanceCount <= 0)
        {
            return new(held, null, "not applied: it holds no instances");
        }

        if (!string.Equals(held.ProductDescription, Ec2Platforms.Linux, StringComparison.OrdinalIgnoreCase))
        {
            return new(held, null, "not applied: it covers only its own platform's instances; the series is Linux/UNIX usage");
        }

        if (held.InstanceTenancy != Ec2Platforms.SharedTenancy)
        {
            return new(held, null, "not applied: it covers only dedicated-tenancy instances; the series is shared-tenancy usage");
        }

        if (!prices.OnDemandOffers(held.Region).Any())
        {
            return new(held, null, $"not applied: nothing in the analysis runs in {held.Region} (its prices are not read)");
        }

        if (prices.Ec2(held.Region, held.InstanceType, "on-demand") is not { } rate || rate <= 0)
        {
            return new(held, null, $"not applied: the price catalog has no on-demand rate for {held.InstanceType} in {held.Region}");
        }

        var applied = new HeldReservedInstance(held.AccountId, held.ReservedInstancesId, held.Region, held.InstanceType, held.InstanceCount, rate, held.Start, held.End)
        {
            AmortizedUsdPerHour = AmortizedUsdPerHour(held),
        };
        if (!held.IsRegional)
        {
            return new(held, applied with { SizeFlexible = false },
                $"{held.Region} {held.InstanceType} only (zonal, {held.AvailabilityZone}: not size-flexible; applied to its type anywhere in the region)");
        }

        if (NotSizeFlexible.Contains(applied.Family))
        {
            return new(held, applied with { SizeFlexible = false }, $"{held.Region} {held.InstanceType} only ({applied.Family} RIs are not size-flexible)");
        }

        var family = applied.Family + ".";
        var rates = prices.OnDemandOffers(held.Region)
            .Where(o => o.Spec.InstanceType.StartsWith(family, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(o => o.Spec.InstanceType, StringComparer.Ordinal)
            .ToDictionary(o => o.Spec.InstanceType, o => o.UsdPerHour, StringComparer.Ordinal);
        return new(held, applied with { FamilyRates = rates }, $"{held.Region} {applied.Family}, any size (regional: size-flexible by normalization factor)");
    }

    /// <summary>
    /// The purchase's cost per hour of its term: each instance's hourly recurring and usage charges, plus the upfront
    /// (for the whole purchase) over the term's hours; an upfront without a known term is not spread (0).
    /// </summary>
    public static decimal AmortizedUsdPerHour(ReservedInstance held)
    {
        ArgumentNullException.ThrowIfNull(held);
        var hourly = held.InstanceCount * (held.RecurringHourlyUsd + held.UsagePriceUsd);
        var termHours = held.Start is { } s && held.End is { } e && e > s ? (decimal)(e - s).TotalHours : 0m;
        return hourly + (termHours > 0 ? held.FixedPriceUsd / termHours : 0m);
    }
}
