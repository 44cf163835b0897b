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
        // vCPU count once for all its options (this architecture's, the other's, Fargate's), and the offers come
        // grouped by vCPU count, so each group asks for its size once.
        var sizer = context.FleetSizers.For(fleet);
        var excluded = settings.ExcludedInstanceFamilies.ToHashSet(StringComparer.Ordinal);
        // A burstable candidate's per-unit CPU depends only on its peak count: the sizer spreads each count once.
        IReadOnlyList<double>? PerUnitFor(FleetSize size) => sizer.PerUnitCpu(size.PeakUnits);
        // One pass keeping the cheapest to the cent, then the count nearest today's peak, fewer vCPUs, the name: a loop
        // rather than an ordered query, as this runs over the region's offers of the architecture and GPU count for
        // every fleet, twice. Only a strictly better candidate replaces the best; names differ, so the order the
        // offers are read in never changes which one wins.
        (Ec2Offer Offer, FleetSize Size, decimal Surplus, decimal Monthly, decimal Cents)? found = null;
        foreach (var group in candidates.BySize(architecture, current.Gpus))
        {
            (FleetSize Size, decimal UnitHours)? sized = null;
            foreach (var o in group.Offers)
            {
                var s = o.Spec;
                var memory = (double)s.MemoryGib;
                if (excluded.Contains(s.Family) || InstanceGenerations.IsDowngrade(s, current) || !sizer.Admits(s.Vcpu, memory))
                {
                    continue;
                }

                // The group's first offer that fits sizes it for the others (admitted, so never null).
                if (sized is null)
                {
                    var fits = sizer.SizeFor(s.Vcpu, memory)!;
                    sized = (fits, fits.Series.MonthlyUnitHours);
                }

                var (size, unitHours) = sized.Value;
                if (s.Burstable && BurstableRefusal(s, size, PerUnitFor(size), fleet, context, settings) is not null)
                {
                    continue;
                }

                var surplus = s.Burstable ? BurstableCredits.MonthlySurplusUsd(s, PerUnitFor(size), size.PeakUnits) : 0m;
                var monthly = (o.UsdPerHour * unitHours) + surplus;
                var cents = Math.Round(monthly, 2);
                if (found is not { } sofar || Precedes((cents, size, s), (sofar.Cents, sofar.Size, sofar.Offer.Spec), fleet))
                {
                    found = (o, size, surplus, monthly, cents);
                }
            }
        }

        if (found is not { } best)
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

    private static bool Precedes((decimal Cents, FleetSize Size, InstanceSpec Spec) a, (decimal Cents, FleetSize Size, InstanceSpec Spec) b, FleetRequirement fleet)
    {
        var order = a.Cents.CompareTo(b.Cents);
        order = order != 0 ? order : Math.Abs(a.Size.PeakUnits - fleet.CurrentPeakUnits).CompareTo(Math.Abs(b.Size.PeakUnits - fleet.CurrentPeakUnits));
        order = order != 0 ? order : a.Spec.Vcpu.CompareTo(b.Spec.Vcpu);
        order = order != 0 ? order : string.CompareOrdinal(a.Spec.InstanceType, b.Spec.InstanceType);
        return order < 0;
    }

    // A fixed fleet spreads each hour's load over its units.
    private static string? BurstableRefusal(InstanceSpec spec, FleetSize size, IReadOnlyList<double>? perUnitCpu, FleetRequirement fleet, WorkloadContext context, AnalysisSettings settings) =>
        BurstableCredits.Refusal(spec, context.Profile.Shape, fleet.Scales, perUnitCpu,
            fleet.MeanTotalVcpu / size.PeakUnits, settings.BurstableMaxHoursAboveBaseline);
}
