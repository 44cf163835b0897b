namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Applies the Savings Plans held to the fleet's hourly spend, then optimizes every offer for what to buy beyond them.
/// Held EC2 Instance plans cover their region and family first, at the EC2 Instance rate of their own term and payment
/// (else of any offered); what is left is the series every offer sees. For a Compute offer of the held plans' term and
/// payment the Compute commitment held is its held commitment (the optimizer recommends only the additional). For any
/// other offer each Compute plan held is taken out of the series first at the Compute rates of its own term and payment
/// (a held dollar of a 1-year plan covers less than a dollar of a 3-year one), and the offer optimizes what is left: a
/// new plan can only cover what no plan held covers. A Compute amount from the setting has no term: it is taken at the
/// offer's rates. Each plan held covers only the hours it is active in: one that ends inside the window stops covering
/// at its end (the held-commitment shortcut above is taken only when every Compute plan held covers every hour).
/// The recommended commitment is the knee of each offer's curve (<see cref="SavingsPlanOptimizer"/>).
/// </summary>
public static class FleetCommitmentPlanner
{
    public static FleetCommitmentPlan Plan(
        IReadOnlyList<IReadOnlyList<SpendItem>> hours, IReadOnlyList<SavingsPlanOffer> offers, HeldCommitments held, int curvePoints, decimal kneeShare = 0m)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(held);
        var afterEc2 = AfterEc2Instance(hours, offers, held);

        var series = new Dictionary<string, (IReadOnlyList<IReadOnlyList<SpendItem>> Hours, decimal Held)>(StringComparer.Ordinal);
        var results = new List<SavingsPlanResult>();
        var computePlans = held.Plans.Where(p => p.Plan == HeldCommitments.Compute).ToList();
        foreach (var offer in offers)
        {
            // The held commitment is in the offer's own dollars only when every Compute plan held has its term and
            // payment (or the amount came from the setting); otherwise each plan held covers at its own rates first.
            var sameTerms = held.ComputeFromSetting
                || computePlans.All(p => p.TermYears == offer.TermYears && p.Payment == offer.Payment && held.CoversAll(p, hours.Count));
            var entry = offer.Plan == HeldCommitments.Compute && sameTerms
                ? (afterEc2, held.ComputeHourly)
                : (AfterCompute(afterEc2, offers, held, computePlans, offer), 0m);
            series[offer.Label] = entry;
            results.Add(SavingsPlanOptimizer.Optimize(entry.Item1, offer, entry.Item2, curvePoints, kneeShare));
        }

        return new FleetCommitmentPlan(results, series);
    }

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
