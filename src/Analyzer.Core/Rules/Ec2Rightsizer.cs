using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Rules;

/// <summary>
/// Picks the cheapest instance type whose vCPUs and memory cover the workload's requirement
/// (<see cref="DemandRequirement"/>). Burstable types qualify only when mean demand stays under their
/// baseline; GPU count must match; the architecture is the one asked for (same as now, or arm64 for Graviton).
/// </summary>
public static class Ec2Rightsizer
{
    public static OptionResult Evaluate(
        WorkloadContext context,
        InstanceSpec current,
        IEnumerable<Ec2Offer> candidates,
        AnalysisSettings settings,
        string architecture) =>
        Evaluate(context, current, Ec2OfferIndex.Of(candidates), settings, architecture);

    /// <param name="candidates">The region's offers, grouped once per run (<see cref="PriceBook.OnDemandIndex(string)"/>).</param>
    public static OptionResult Evaluate(
        WorkloadContext context,
        InstanceSpec current,
        Ec2OfferIndex candidates,
        AnalysisSettings settings,
        string architecture)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(settings);
        var kind = RightsizingKind.For(current, architecture);
        var (family, effort, prefix) = (kind.Family, kind.Effort, kind.Prefix);
        var profile = context.Profile;
        if (kind.TooLittleData(context, settings) is { } tooLittleData)
        {
            return tooLittleData;
        }

        var need = DemandRequirement.From(profile, settings, current.Vcpu, (double)current.MemoryGib);
        if (!need.CpuMeasured)
        {
            return kind.NoCpuMetric();
        }

        var hourlyCpu = PerUnitAverageCpu(profile);
        var excluded = settings.ExcludedInstanceFamilies.ToHashSet(StringComparer.Ordinal);
        // One pass keeping the cheapest, then fewer vCPUs, less memory, the name, over the offers of the architecture
        // and GPU count only, cheapest first: a candidate costs at least its on-demand price a month (a burstable
        // type's credit surplus is never negative), so once that price alone is dearer than the best so far no later
        // offer can come first. Only a strictly better candidate replaces the best; names differ, so the order the
        // offers are read in never changes which one wins.
        (Ec2Offer Offer, decimal Surplus, decimal Monthly)? found = null;
        foreach (var o in candidates.ByPrice(architecture, current.Gpus))
        {
            var onDemand = o.UsdPerHour * Billing.HoursPerMonth;
            if (found is { } bound && onDemand > bound.Monthly)
            {
                break;
            }

            var s = o.Spec;
            if (!(s.Vcpu >= need.Vcpu && (double)s.MemoryGib >= need.MemoryGib)
                || excluded.Contains(s.Family) || InstanceGenerations.IsDowngrade(s, current)
                || (s.Burstable && BurstableCredits.Refusal(s, profile.Shape, false, hourlyCpu, need.MeanVcpu, settings.BurstableMaxHoursAboveBaseline) is not null))
            {
                continue;
            }

            var surplus = s.Burstable ? BurstableCredits.MonthlySurplusUsd(s, hourlyCpu, 1) : 0m;
            var cost = onDemand + surplus;
            if (found is not { } sofar || Precedes(cost, s, sofar.Monthly, sofar.Offer.Spec))
            {
                found = (o, surplus, cost);
            }
        }

        if (found is not { } best)
        {
            return OptionResult.Infeasible(
                prefix,
                family,
                string.Create(CultureInfo.InvariantCulture, $"no {architecture} type covers {need.Vcpu:0.##} vCPU and {need.MemoryGib:0.##} GiB"),
                Risk.Medium,
                effort,
                context.Confidence);
        }

        var spec = best.Offer.Spec;
        var monthly = best.Monthly;
        var target = new OptionTarget(spec.InstanceType, architecture, spec.Vcpu, (double)spec.MemoryGib, null, "on-demand", (double)Billing.HoursPerMonth, UnitCount.Fixed(1));
        var currentCovers = need.IsCoveredBy(current.Vcpu, (double)current.MemoryGib);
        var notes = new List<string>();
        if (need.MemoryNote is { } memoryNote)
        {
            notes.Add(memoryNote);
        }

        if (!currentCovers)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"under-provisioned: {current.InstanceType} does not cover {need.Vcpu:0.##} vCPU and {need.MemoryGib:0.##} GiB"));
        }

        if (spec.InstanceType == current.InstanceType)
        {
            notes.Add("already the cheapest type that covers demand");
        }

        if (spec.Burstable)
        {
            notes.Add(best.Surplus > 0
                ? string.Create(CultureInfo.InvariantCulture, $"unlimited mode: {best.Surplus:0.00} USD a month of CPU-credit surplus included")
                : "unlimited mode: CPU stays within the credits it earns");
        }

        // A tight fit (little spare beyond the headroom) or a burstable target raises the risk a notch.
        var tight = need.Vcpu > 0.9 * spec.Vcpu || need.MemoryGib > 0.9 * (double)spec.MemoryGib;
        var risk = spec.Burstable || tight || !need.MemoryMeasured ? Risk.Medium : Risk.Low;
        return OptionResult.Priced(
            $"{prefix}:{spec.InstanceType}",
            family,
            monthly,
            context.CurrentMonthlyCost,
            risk,
            effort,
            context.Confidence,
            target,
            notes.Count == 0 ? null : string.Join("; ", notes),
            fixesUnderProvisioning: !currentCovers && monthly > context.CurrentMonthlyCost);
    }

    private static bool Precedes(decimal monthly, InstanceSpec spec, decimal bestMonthly, InstanceSpec bestSpec)
    {
        var order = monthly.CompareTo(bestMonthly);
        order = order != 0 ? order : spec.Vcpu.CompareTo(bestSpec.Vcpu);
        order = order != 0 ? order : spec.MemoryGib.CompareTo(bestSpec.MemoryGib);
        order = order != 0 ? order : string.CompareOrdinal(spec.InstanceType, bestSpec.InstanceType);
        return order < 0;
    }

    /// <summary>Whether a type's size covers the requirement, and a burstable type's baseline covers mean demand.</summary>
    public static bool Covers(InstanceSpec spec, DemandRequirement need)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(need);
        if (spec.Vcpu < need.Vcpu || (double)spec.MemoryGib < need.MemoryGib)
        {
            return false;
        }

        return !spec.Burstable || (spec.BaselineCpuPercent is not null && need.MeanVcpu is not null);
    }

    /// <summary>One unit's average CPU (vCPUs) each observed hour; null without an hourly series.</summary>
    internal static IReadOnlyList<double>? PerUnitAverageCpu(Profiles.DemandProfile profile)
    {
        if (profile.Hours is not { Count: > 0 } hours)
        {
            return null;
        }

        var cpu = new double[hours.Count];
        for (var i = 0; i < cpu.Length; i++)
        {
            cpu[i] = hours[i].CpuAverageVcpu ?? 0;
        }

        return cpu;
    }
}
