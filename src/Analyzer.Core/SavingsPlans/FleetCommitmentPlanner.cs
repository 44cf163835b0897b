namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Applies the Savings Plans held to the fleet's hourly spend, then optimizes every offer for what to buy beyond them.
/// Held EC2 Instance plans cover their region and family first, at the EC2 Instance rate of their own term and payment
/// (else of any offered); what is left is the series every offer sees. For a Compute offer the Compute commitment held is
/// its held commitment (the optimizer recommends only the additional). For an EC2 Instance offer the held Compute
/// commitment is taken out of the series first at the Compute rates of the same term and payment: a new EC2 Instance
/// plan can only cover what no plan held covers.
/// </summary>
public static class FleetCommitmentPlanner
{
    public static FleetCommitmentPlan Plan(
        IReadOnlyList<IReadOnlyList<SpendItem>> hours, IReadOnlyList<SavingsPlanOffer> offers, HeldCommitments held, int curvePoints)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(held);
        var afterEc2 = hours;
        foreach (var plan in held.Ec2InstancePlans)
        {
            var ratios = RatiosFor(offers, HeldCommitments.Ec2Instance, plan.TermYears, plan.Payment);
            afterEc2 = HeldPlanCoverage.Cover(afterEc2, plan.HourlyCommitment, ratios, key =>
            {
                var (region, family) = HeldPlanCoverage.Parse(key);
                return string.Equals(region, plan.Region, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(family, plan.InstanceFamily, StringComparison.OrdinalIgnoreCase);
            });
        }

        var series = new Dictionary<string, (IReadOnlyList<IReadOnlyList<SpendItem>> Hours, decimal Held)>(StringComparer.Ordinal);
        var results = new List<SavingsPlanResult>();
        foreach (var offer in offers)
        {
            var entry = offer.Plan == HeldCommitments.Compute
                ? (afterEc2, held.ComputeHourly)
                : (HeldPlanCoverage.Cover(afterEc2, held.ComputeHourly, RatiosFor(offers, HeldCommitments.Compute, offer.TermYears, offer.Payment), _ => true), 0m);
            series[offer.Label] = entry;
            results.Add(SavingsPlanOptimizer.Optimize(entry.Item1, offer, entry.Item2, curvePoints));
        }

        return new FleetCommitmentPlan(results, series);
    }

    private static IReadOnlyDictionary<string, decimal> RatiosFor(IReadOnlyList<SavingsPlanOffer> offers, string plan, int? term, string? payment) =>
        (offers.FirstOrDefault(o => o.Plan == plan && o.TermYears == term && o.Payment == payment)
            ?? offers.FirstOrDefault(o => o.Plan == plan))?.RateRatios
        ?? new Dictionary<string, decimal>(StringComparer.Ordinal);
}
