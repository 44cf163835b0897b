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
    /// <summary>What the plans held would save per month on the recommended fleet (for the Effective Savings Rate after the plan).</summary>
    public decimal HeldMonthlyNetSavingsRecommended { get; init; }

    /// <summary>The layered portfolio of every term and payment the catalog has Standard RI rates for.</summary>
    public IReadOnlyList<CommitmentPortfolio> Portfolios { get; init; } = [];

    /// <summary>The portfolio with the most net savings that has an RI layer; null when none saves anything.</summary>
    public CommitmentPortfolio? Portfolio { get; init; }

    /// <summary>Spend the best single plan and the portfolio have no rate for, by reason (it stays on demand).</summary>
    public IReadOnlyList<SpendWithoutRate> WithoutRate { get; init; } = [];

    /// <summary>The <see cref="Portfolio"/> as a purchase plan (tranches, renewal, usage-drop risk); null without a portfolio or for a what-if.</summary>
    public PortfolioPurchasePlan? PortfolioPlan { get; init; }

    /// <summary>True when the layered portfolio saves more than the best single plan: it is the recommendation.</summary>
    public bool UsesPortfolio => Portfolio is { } p && p.MonthlyNetSavings > (Best?.MonthlyNetSavings ?? 0m);

    /// <summary>
    /// A workload's part of the recommendation (see <see cref="CommitmentShareTable"/>). Sums the fleet on every call:
    /// for every workload of a fleet, build <see cref="Shares"/> once.
    /// </summary>
    public (decimal HourlyCommitment, decimal MonthlyNetSavings) ShareOf(string workloadId) => Shares().ShareOf(workloadId);

    /// <summary>Every workload's part of the recommendation, with the fleet's sums made once.</summary>
    public CommitmentShareTable Shares() => new(this);
}
