namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// The fleet commitment advice of one run: every candidate on the recommended fleet, the best of them, the renewal of
/// held plans that lapse within the horizon, and the two series it was drawn from.
/// </summary>
/// <param name="Plan">The optimizer's results on the recommended fleet (Cost Explorer's commitment is evaluated on it).</param>
/// <param name="Best">The candidate with the most net savings; null when no commitment saves anything.</param>
/// <param name="Recommended">The recommended fleet's hourly on-demand-equivalent spend.</param>
/// <param name="Current">The fleet as it runs today, the same way.</param>
public sealed record CommitmentAdvice(
    FleetCommitmentPlan Plan,
    IReadOnlyList<CommitmentCandidate> Candidates,
    CommitmentCandidate? Best,
    CommitmentRenewal? Renewal,
    FleetSpend Recommended,
    FleetSpend Current)
{
    /// <summary>
    /// A workload's part of the best candidate: its share of the spend the plan's rates cover, times the commitment and
    /// the net savings, so the parts add up to the fleet plan. Zero for a workload whose usage the plan cannot cover.
    /// </summary>
    /// <summary>What the plans held would save per month on the recommended fleet (for the Effective Savings Rate after the plan).</summary>
    public decimal HeldMonthlyNetSavingsRecommended { get; init; }

    public (decimal HourlyCommitment, decimal MonthlyNetSavings) ShareOf(string workloadId)
    {
        if (Best is null || !Recommended.WorkloadMonthly.TryGetValue(workloadId, out var mine)
            || !Best.Result.Offer.RateRatios.ContainsKey(mine.Key))
        {
            return (0m, 0m);
        }

        var ratios = Best.Result.Offer.RateRatios;
        var total = Recommended.WorkloadMonthly.Values.Where(v => ratios.ContainsKey(v.Key)).Sum(v => v.MonthlyUsd);
        if (total <= 0)
        {
            return (0m, 0m);
        }

        var share = mine.MonthlyUsd / total;
        return (Best.HourlyCommitment * share, Best.MonthlyNetSavings * share);
    }
}
