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

        // Sizes depend only on a unit's vCPUs once its memory clears the floor: the workload's sizer works out each
        // vCPU count once for all its options (this architecture's, the other's, Fargate's).
        var sizer = context.FleetSizers.For(fleet);
        FleetSize? SizeFor(InstanceSpec spec) => sizer.SizeFor(spec.Vcpu, (double)spec.MemoryGib);
        var excluded = settings.ExcludedInstanceFamilies.ToHashSet(StringComparer.Ordinal);
        // A burstable candidate's per-unit CPU depends only on its peak count: the sizer spreads each count once.
        IReadOnlyList<double>? PerUnitFor(FleetSize size) => sizer.PerUnitCpu(size.PeakUnits);
        var best = candidates
            .Where(o => o.Spec.Architecture == architecture && o.Spec.Gpus == current.Gpus)
            .Where(o => !excluded.Contains(o.Spec.Family) && !InstanceGenerations.IsDowngrade(o.Spec, current))
            .Select(o => (Offer: o, Size: SizeFor(o.Spec)))
            .Where(c => c.Size is not null && (!c.Offer.Spec.Burstable || BurstableRefusal(c.Offer.Spec, c.Size, PerUnitFor(c.Size), fleet, context, settings) is null))
            .Select(c => (c.Offer, Size: c.Size!, Surplus: c.Offer.Spec.Burstable ? BurstableCredits.MonthlySurplusUsd(c.Offer.Spec, PerUnitFor(c.Size!), c.Size!.PeakUnits) : 0m))
            .Select(c => (c.Offer, c.Size, c.Surplus, Monthly: (c.Offer.UsdPerHour * c.Size.Series.MonthlyUnitHours) + c.Surplus))
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
                string.Create(CultureInfo.InvariantCulture, $"no {architecture} type covers the fleet's {fleet.TotalVcpu:0.##} vCPU with {fleet.UnitMemoryFloorGib:0.##} GiB per unit"),
                Risk.Medium,
                effort,
                context.Confidence);
        }

        var spec = best.Offer.Spec;
        var change = fleet.Change(current.InstanceType, spec.InstanceType, best.Size);
        var target = new OptionTarget(spec.InstanceType, architecture, spec.Vcpu, (double)spec.MemoryGib, null, "on-demand", best.Size.Series.MonthlyHours, best.Size.Series.Units)
        {
            Change = change,
            HourlyUnits = best.Size.Series.Hourly,
        };
        var unitNeed = DemandRequirement.From(context.Profile, settings, current.Vcpu, (double)current.MemoryGib);
        var currentCovers = unitNeed.IsCoveredBy(current.Vcpu, (double)current.MemoryGib);
        var notes = new List<string> { change.ToString(), fleet.Basis() };
        if (!fleet.MemoryMeasured)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"no memory metric: each unit keeps at least the current {fleet.UnitMemoryFloorGib:0.##} GiB"));
        }

        if (!currentCovers)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"under-provisioned: one {current.InstanceType} does not cover {unitNeed.Vcpu:0.##} vCPU and {unitNeed.MemoryGib:0.##} GiB per unit"));
        }

        if (spec.Burstable)
        {
            notes.Add(best.Surplus > 0
                ? string.Create(CultureInfo.InvariantCulture, $"unlimited mode: {best.Surplus:0.00} USD a month of CPU-credit surplus included")
                : "unlimited mode: CPU stays within the credits it earns");
        }

        if (change.Reduces)
        {
            notes.Add("fewer units at peak: less spare for a failed unit or zone");
        }

        // A tight fit (little spare beyond the headroom), a burstable type or an unmeasured memory raise the risk a
        // notch; running fewer units than today raises it another.
        var tight = fleet.TotalVcpu > 0.9 * spec.Vcpu * best.Size.PeakUnits;
        var risk = spec.Burstable || tight || !fleet.MemoryMeasured ? Risk.Medium : Risk.Low;
        if (change.Reduces)
        {
            risk = risk.Raise();
        }

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

    // A fixed fleet spreads each hour's load over its units.
    private static string? BurstableRefusal(InstanceSpec spec, FleetSize size, IReadOnlyList<double>? perUnitCpu, FleetRequirement fleet, WorkloadContext context, AnalysisSettings settings) =>
        BurstableCredits.Refusal(spec, context.Profile.Shape, fleet.Scales, perUnitCpu,
            fleet.MeanTotalVcpu / size.PeakUnits, settings.BurstableMaxHoursAboveBaseline);
}
