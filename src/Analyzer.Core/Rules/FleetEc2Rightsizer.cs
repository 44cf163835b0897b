using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Rules;

/// <summary>
/// Rightsizing and Graviton for an Auto Scaling group or ECS service on EC2: every instance type of the asked
/// architecture is priced at the count that covers the fleet's demand (<see cref="FleetRequirement"/>), and the
/// cheapest configuration wins, so an over-provisioned group may run fewer instances and a hot one more.
/// </summary>
public static class FleetEc2Rightsizer
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
        if (kind.TooLittleData(context, settings) is { } tooLittleData)
        {
            return tooLittleData;
        }

        var fleet = FleetRequirement.From(context, settings, current.Vcpu, (double)current.MemoryGib);
        if (!fleet.CpuMeasured)
        {
            return kind.NoCpuMetric();
        }

        var best = candidates
            .Where(o => o.Spec.Architecture == architecture && o.Spec.Gpus == current.Gpus)
            .Where(o => !settings.ExcludedInstanceFamilies.Contains(o.Spec.Family, StringComparer.Ordinal))
            .Select(o => (Offer: o, Size: fleet.SizeFor(o.Spec.Vcpu, (double)o.Spec.MemoryGib)))
            .Where(c => c.Size is not null && BaselineCovers(c.Offer.Spec, c.Size, fleet))
            .Select(c => (c.Offer, Size: c.Size!, Monthly: c.Offer.UsdPerHour * Billing.HoursPerMonth * (decimal)c.Size!.MeanUnits))
            .OrderBy(c => Math.Round(c.Monthly, 2))
            .ThenBy(c => Math.Abs(c.Size.PeakUnits - fleet.CurrentPeakUnits))
            .ThenBy(c => c.Offer.Spec.Vcpu)
            .ThenBy(c => c.Offer.Spec.InstanceType, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Offer is null)
        {
            return OptionResult.Infeasible(
                prefix,
                family,
                string.Create(CultureInfo.InvariantCulture, $"no {architecture} type covers the fleet's {fleet.TotalVcpu:0.##} vCPU and {fleet.TotalMemoryGib:0.##} GiB"),
                Risk.Medium,
                effort,
                context.Confidence);
        }

        var spec = best.Offer.Spec;
        var target = new OptionTarget(spec.InstanceType, architecture, spec.Vcpu, (double)spec.MemoryGib, null, "on-demand", (double)Billing.HoursPerMonth, best.Size.MeanUnits);
        var unitNeed = DemandRequirement.From(context.Profile, settings, current.Vcpu, (double)current.MemoryGib);
        var currentCovers = unitNeed.IsCoveredBy(current.Vcpu, (double)current.MemoryGib);
        var unitName = context.Workload.Kind == Workloads.WorkloadKind.EcsService ? "tasks" : "instances";
        var notes = new List<string> { fleet.Change(unitName, current.InstanceType, spec.InstanceType, best.Size) };
        if (!fleet.MemoryMeasured)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"no memory metric: each unit keeps at least the current {fleet.UnitMemoryFloorGib:0.##} GiB"));
        }

        if (!currentCovers)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"under-provisioned: one {current.InstanceType} does not cover {unitNeed.Vcpu:0.##} vCPU and {unitNeed.MemoryGib:0.##} GiB per unit"));
        }

        // A tight fit (little spare beyond the headroom) or a burstable type raises the risk a notch.
        var tight = fleet.TotalVcpu > 0.9 * spec.Vcpu * best.Size.PeakUnits
            || fleet.TotalMemoryGib > 0.9 * (double)spec.MemoryGib * best.Size.PeakUnits;
        var risk = spec.Burstable || tight || !fleet.MemoryMeasured ? Risk.Medium : Risk.Low;
        return OptionResult.Priced(
            $"{prefix}:{spec.InstanceType}",
            family,
            best.Monthly,
            context.CurrentMonthlyCost,
            risk,
            effort,
            context.Confidence,
            target,
            string.Join("; ", notes),
            fixesUnderProvisioning: !currentCovers && best.Monthly > context.CurrentMonthlyCost);
    }

    // A burstable type qualifies only when its baseline, over the units running on average, covers mean demand.
    private static bool BaselineCovers(InstanceSpec spec, FleetSize size, FleetRequirement fleet) =>
        !spec.Burstable
        || (spec.BaselineCpuPercent is { } baseline && fleet.MeanTotalVcpu is { } mean
            && mean <= (double)baseline / 100 * spec.Vcpu * size.MeanUnits);
}
