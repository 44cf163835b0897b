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

        var best = candidates
            .Where(o => o.Spec.Architecture == architecture && o.Spec.Gpus == current.Gpus && Covers(o.Spec, need))
            .Where(o => !settings.ExcludedInstanceFamilies.Contains(o.Spec.Family, StringComparer.Ordinal))
            .OrderBy(o => o.UsdPerHour)
            .ThenBy(o => o.Spec.Vcpu)
            .ThenBy(o => o.Spec.MemoryGib)
            .ThenBy(o => o.Spec.InstanceType, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is null)
        {
            return OptionResult.Infeasible(
                prefix,
                family,
                string.Create(CultureInfo.InvariantCulture, $"no {architecture} type covers {need.Vcpu:0.##} vCPU and {need.MemoryGib:0.##} GiB"),
                Risk.Medium,
                effort,
                context.Confidence);
        }

        var units = context.Units;
        var monthly = best.UsdPerHour * Billing.HoursPerMonth * (decimal)units;
        var target = new OptionTarget(best.Spec.InstanceType, architecture, best.Spec.Vcpu, (double)best.Spec.MemoryGib, null, "on-demand", (double)Billing.HoursPerMonth, units);
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

        if (best.Spec.InstanceType == current.InstanceType)
        {
            notes.Add("already the cheapest type that covers demand");
        }

        // A tight fit (little spare beyond the headroom) or a burstable target raises the risk a notch.
        var tight = need.Vcpu > 0.9 * best.Spec.Vcpu || need.MemoryGib > 0.9 * (double)best.Spec.MemoryGib;
        var risk = best.Spec.Burstable || tight || !need.MemoryMeasured ? Risk.Medium : Risk.Low;
        return OptionResult.Priced(
            $"{prefix}:{best.Spec.InstanceType}",
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

    /// <summary>Whether a type's size covers the requirement, and a burstable type's baseline covers mean demand.</summary>
    public static bool Covers(InstanceSpec spec, DemandRequirement need)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(need);
        if (spec.Vcpu < need.Vcpu || (double)spec.MemoryGib < need.MemoryGib)
        {
            return false;
        }

        if (!spec.Burstable)
        {
            return true;
        }

        return spec.BaselineCpuPercent is { } baseline && need.MeanVcpu is { } mean
            && mean <= (double)baseline / 100 * spec.Vcpu;
    }
}
