namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Applies the Savings Plans held to the fleet's hourly spend, then optimizes every offer for what to buy beyond them.
/// Reserved Instances held cover their family (or, zonal ones, their type) in their region first (<see cref="AfterReserved"/>); held EC2 Instance plans
/// then cover their region and family, at the EC2 Instance rate of their own term and payment
/// (else of any offered); then each Compute plan held covers what it can at the Compute rates of its own term and
/// payment (a held dollar of a 1-year plan covers less than a dollar of a 3-year one). What is left is the series every
/// offer optimizes: a new plan can only cover what no plan held covers. A Compute amount from the setting has no term:
/// it is taken at the offer's rates. Each plan held covers only the hours it is active in: one that ends inside the
/// window stops covering at its end. The recommended commitment is the knee of each offer's curve
/// (<see cref="SavingsPlanOptimizer"/>).
/// <para>
/// Every offer reports on one basis, whatever its term and payment: the commitment, net savings and utilization are the
/// new commitment's own (beyond the plans held); the coverage is the share of the whole fleet's on-demand-equivalent
/// spend that the plans held and the new commitment cover together; the monthly on-demand spend is the whole fleet's.
/// Each result's HeldCommitment records the Compute commitment held (applied before its series), not a point on its curve.
/// (Covering the held plans' share first and the new commitment on what is left is the same hour-by-hour arithmetic as
/// covering both at once when their rates are the same, so the offer of the held plans' own terms needs no other path.)
/// </para>
/// </summary>
public static class FleetCommitmentPlanner
{
    public static FleetCommitmentPlan Plan(
        IReadOnlyList<IReadOnlyList<SpendItem>> hours, IReadOnlyList<SavingsPlanOffer> offers, HeldCommitments held, int curvePoints, decimal kneeShare = 0m)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(held);
        var computePlans = held.Plans.Where(p => p.Plan == HeldCommitments.Compute).ToList();
        var afterEc2 = AfterEc2Instance(AfterReserved(hours, held), offers, held);
        var total = Total(hours);
        // Each offer is sized on its own (pure over read-only series), so on every core, in the offers' order.
        var sized = offers.AsParallel().AsOrdered().Select(offer =>
        {
            var left = AfterCompute(afterEc2, offers, held, computePlans, offer);
            return (offer.Label, Left: left, Result: OnFleetBasis(SavingsPlanOptimizer.Optimize(left, offer, 0m, curvePoints, kneeShare), hours.Count, total, Total(left)) with { HeldCommitment = held.ComputeHourly });
        }).ToList();
        var series = new Dictionary<string, IReadOnlyList<IReadOnlyList<SpendItem>>>(StringComparer.Ordinal);
        foreach (var (label, left, _) in sized)
        {
            series[label] = left;
        }

        var results = sized.Select(s => s.Result).ToList();

        return new FleetCommitmentPlan(results, hours, series, (fleet, offer) => AfterCompute(AfterEc2Instance(AfterReserved(fleet, held), offers, held), offers, held, computePlans, offer));
    }

    /// <summary>
    /// A point optimized on what the plans held leave (<paramref name="left"/> USD over the series) restated on the whole
    /// fleet (<paramref name="total"/> USD): its coverage becomes the share of the fleet the plans held and it cover together.
    /// </summary>
    public static SavingsCurvePoint OnFleetBasis(SavingsCurvePoint point, decimal total, decimal left)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point with { CoveragePercent = total > 0 ? (double)((total - left + ((decimal)point.CoveragePercent / 100 * left)) / total) * 100 : 0 };
    }

    private static SavingsPlanResult OnFleetBasis(SavingsPlanResult result, int hourCount, decimal total, decimal left) => result with
    {
        MonthlyOnDemandSpend = hourCount == 0 ? 0m : total * Options.Billing.HoursPerMonth / hourCount,
        Optimum = OnFleetBasis(result.Optimum, total, left),
        Maximum = result.Maximum is { } max ? OnFleetBasis(max, total, left) : null,
        Curve = [.. result.Curve.Select(p => OnFleetBasis(p, total, left))],
    };

    private static decimal Total(IReadOnlyList<IReadOnlyList<SpendItem>> hours) => hours.Sum(h => h.Sum(i => i.OnDemandUsd));

    /// <summary>
    /// What the plans held save per month on <paramref name="hours"/>, each at its own rates in the hours it is active:
    /// the on-demand spend they cover less what they cost (used or not), scaled to a 730-hour month.
    /// </summary>
    public static decimal HeldMonthlyNetSavings(IReadOnlyList<IReadOnlyList<SpendItem>> hours, IReadOnlyList<SavingsPlanOffer> offers, HeldCommitments held)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(held);
        if (hours.Count == 0)
        {
            return 0m;
        }

        // The RIs held are applied first and are not the plans' savings (their cost is not known here).
        hours = AfterReserved(hours, held);
        var computePlans = held.Plans.Where(p => p.Plan == HeldCommitments.Compute).ToList();
        var after = AfterCompute(AfterEc2Instance(hours, offers, held), offers, held, computePlans, offers.FirstOrDefault(o => o.Plan == HeldCommitments.Compute)
            ?? new SavingsPlanOffer(HeldCommitments.Compute, 0, string.Empty, new Dictionary<string, decimal>(StringComparer.Ordinal)));
        var cost = held.ComputeFromSetting ? held.ComputeHourly * hours.Count : 0m;
        foreach (var plan in held.Plans.Where(p => p.Plan == HeldCommitments.Ec2Instance || (p.Plan == HeldCommitments.Compute && !held.ComputeFromSetting)))
        {
            cost += plan.HourlyCommitment * Enumerable.Range(0, hours.Count).Count(h => held.Covers(plan, h));
        }

        var covered = hours.Sum(h => h.Sum(i => i.OnDemandUsd)) - after.Sum(h => h.Sum(i => i.OnDemandUsd));
        return (covered - cost) * Options.Billing.HoursPerMonth / hours.Count;
    }

    /// <summary>
    /// What the Reserved Instances held leave of <paramref name="hours"/>: each covers, in the hours it is active, the
    /// usage AWS would apply it to (<see cref="HeldReservedInstance"/>): a size-flexible one any size of its family in its
    /// region by normalization factor, any other its own type only. Its amount is counted in on-demand dollars of its own
    /// type; a dollar of another size takes (that size's factor / its rate) / (the RI's factor / its rate) of them, which
    /// is 1 wherever a family's on-demand rates are proportional to the factors, as in most families.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<SpendItem>> AfterReserved(IReadOnlyList<IReadOnlyList<SpendItem>> hours, HeldCommitments held) =>
        Reserved(hours, held).Left;

    /// <summary>The on-demand-equivalent USD of <paramref name="hours"/> each RI held covers, over the whole series, by reservation id.</summary>
    public static IReadOnlyDictionary<string, decimal> ReservedCovered(IReadOnlyList<IReadOnlyList<SpendItem>> hours, HeldCommitments held) =>
        Reserved(hours, held).Covered;

    /// <summary>
    /// What each RI held costs over <paramref name="hourCount"/> hours of the series, by reservation id: its amortized
    /// fee in every hour it is active, used or not (an RI that idles on the recommended fleet still costs it).
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> ReservedFees(int hourCount, HeldCommitments held)
    {
        ArgumentNullException.ThrowIfNull(held);
        var fees = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var ri in held.ReservedInstances)
        {
            var r = ri;
            fees[ri.ReservedInstancesId] = fees.GetValueOrDefault(ri.ReservedInstancesId) + (ri.AmortizedUsdPerHour * Enumerable.Range(0, hourCount).Count(h => held.Covers(r, h)));
        }

        return fees;
    }

    private static (IReadOnlyList<IReadOnlyList<SpendItem>> Left, Dictionary<string, decimal> Covered) Reserved(IReadOnlyList<IReadOnlyList<SpendItem>> hours, HeldCommitments held)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(held);
        var covered = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var ri in held.ReservedInstances.Where(r => r.CoveredUsdPerHour > 0))
        {
            var ratios = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var key in hours.SelectMany(h => h).Select(i => i.Key).Distinct(StringComparer.Ordinal))
            {
                if (Ratio(ri, key) is { } ratio)
                {
                    ratios[key] = ratio;
                }
            }

            if (ratios.Count == 0)
            {
                continue;
            }

            var r = ri;
            var before = Total(hours);
            // AWS applies a size-flexible RI's units to the smallest size of its family first, then the next size up.
            hours = HeldPlanCoverage.Cover(hours, ri.CoveredUsdPerHour, ratios, ratios.ContainsKey, h => held.Covers(r, h), SmallestFirst);
            covered[ri.ReservedInstancesId] = covered.GetValueOrDefault(ri.ReservedInstancesId) + (before - Total(hours));
        }

        return (hours, covered);
    }

    /// <summary>Whether the RI held applies to usage of <paramref name="key"/> ("region/type") at all.</summary>
    public static bool ReservedApplies(HeldReservedInstance ri, string key)
    {
        ArgumentNullException.ThrowIfNull(ri);
        ArgumentNullException.ThrowIfNull(key);
        return Ratio(ri, key) is not null;
    }

    // A key's size by normalization factor; a size without a known factor (metal) last.
    private static decimal SmallestFirst(string key) =>
        NormalizationFactors.For(key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]) ?? decimal.MaxValue;

    // The RI dollars one on-demand dollar of the key's usage takes; null: the RI does not apply to it.
    private static decimal? Ratio(HeldReservedInstance ri, string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !string.Equals(key[..slash], ri.Region, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var type = key[(slash + 1)..];
        if (!ri.SizeFlexible)
        {
            return string.Equals(type, ri.InstanceType, StringComparison.OrdinalIgnoreCase) ? 1m : null;
        }

        if (!string.Equals(HeldPlanCoverage.Parse(key).Family, ri.Family, StringComparison.OrdinalIgnoreCase) || type.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        return NormalizationFactors.For(type) is { } factor && NormalizationFactors.For(ri.InstanceType) is { } own
            && ri.FamilyRates.TryGetValue(type, out var rate) && rate > 0
            ? factor * ri.OnDemandUsdPerHour / (own * rate)
            : 1m;
    }

    private static IReadOnlyList<IReadOnlyList<SpendItem>> AfterEc2Instance(IReadOnlyList<IReadOnlyList<SpendItem>> hours, IReadOnlyList<SavingsPlanOffer> offers, HeldCommitments held)
    {
        foreach (var plan in held.Ec2InstancePlans)
        {
            var ratios = RatiosFor(offers, HeldCommitments.Ec2Instance, plan.TermYears, plan.Payment);
            hours = HeldPlanCoverage.Cover(hours, plan.HourlyCommitment, ratios, key =>
            {
                var (region, family) = HeldPlanCoverage.Parse(key);
                return string.Equals(region, plan.Region, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(family, plan.InstanceFamily, StringComparison.OrdinalIgnoreCase);
            }, h => held.Covers(plan, h));
        }

        return hours;
    }

    private static IReadOnlyList<IReadOnlyList<SpendItem>> AfterCompute(
        IReadOnlyList<IReadOnlyList<SpendItem>> hours, IReadOnlyList<SavingsPlanOffer> offers, HeldCommitments held, List<HeldPlan> computePlans, SavingsPlanOffer offer)
    {
        if (held.ComputeFromSetting)
        {
            return HeldPlanCoverage.Cover(hours, held.ComputeHourly, RatiosFor(offers, HeldCommitments.Compute, offer.TermYears, offer.Payment), _ => true);
        }

        foreach (var plan in computePlans)
        {
            var p = plan;
            hours = HeldPlanCoverage.Cover(hours, plan.HourlyCommitment, RatiosFor(offers, HeldCommitments.Compute, plan.TermYears, plan.Payment), _ => true, h => held.Covers(p, h));
        }

        return hours;
    }

    private static IReadOnlyDictionary<string, decimal> RatiosFor(IReadOnlyList<SavingsPlanOffer> offers, string plan, int? term, string? payment) =>
        (offers.FirstOrDefault(o => o.Plan == plan && o.TermYears == term && o.Payment == payment)
            ?? offers.FirstOrDefault(o => o.Plan == plan))?.RateRatios
        ?? new Dictionary<string, decimal>(StringComparer.Ordinal);
}
