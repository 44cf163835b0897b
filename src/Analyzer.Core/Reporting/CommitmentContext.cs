namespace Analyzer.Core.Reporting;

/// <summary>
/// The fleet commitment advice and what stands beside it: the portfolio of candidates on the recommended fleet, the
/// renewal of held plans lapsing within a year, what the series holds, the Savings Plans already held (from the bill)
/// and Cost Explorer's own purchase recommendations.
/// </summary>
/// <param name="HeldComputeHourly">The Compute commitment held that the advice is additional to, USD per hour.</param>
/// <param name="HeldComputeFromSetting">True when it came from the heldSavingsPlanHourlyUsd setting rather than the bill.</param>
public sealed record CommitmentContext(
    IReadOnlyList<HeldCommitmentLine> Held,
    decimal HeldComputeHourly,
    bool HeldComputeFromSetting,
    IReadOnlyList<CostExplorerCommitmentLine> CostExplorer)
{
    public static CommitmentContext Empty { get; } = new([], 0m, false, []);

    /// <summary>Every plan, term and payment priced on the recommended fleet, the best first.</summary>
    public IReadOnlyList<CommitmentCandidateLine> Candidates { get; init; } = [];

    public CommitmentRenewalLine? Renewal { get; init; }

    /// <summary>The Reserved Instances held, applied before every Savings Plan (or not, with the reason).</summary>
    public IReadOnlyList<HeldReservedInstanceLine> ReservedInstances { get; init; } = [];

    /// <summary>The layered portfolio (RIs and a Compute plan) with the most net savings; null when none saves anything.</summary>
    public CommitmentPortfolioLine? Portfolio { get; init; }

    /// <summary>Spend as billed and the Effective Savings Rate, today and after the plan; null for runs before migration 0011.</summary>
    public SpendAsBilled? Billed { get; init; }

    /// <summary>Spend the best single plan and the portfolio leave on demand for lack of a rate, per reason.</summary>
    public IReadOnlyList<CommitmentWithoutRateLine> WithoutRate { get; init; } = [];

    public IReadOnlyList<CommitmentWithoutRateLine> PlanWithoutRate => [.. WithoutRate.Where(w => w.Basis == "plan")];

    public IReadOnlyList<CommitmentWithoutRateLine> PortfolioWithoutRate => [.. WithoutRate.Where(w => w.Basis == "portfolio")];

    /// <summary>The series' spend per kind of usage (EC2, Fargate, Lambda).</summary>
    public IReadOnlyList<CommitmentSeriesLine> Series { get; init; } = [];

    /// <summary>Spend the best candidate has no plan rate for: it stays on demand.</summary>
    public decimal MonthlyWithoutRate => Best?.MonthlyWithoutRate ?? 0m;

    /// <summary>The candidate the headline recommends, if any.</summary>
    public CommitmentCandidateLine? Best => Candidates.FirstOrDefault(c => c.Best);

    public bool IsEmpty => Held.Count == 0 && ReservedInstances.Count == 0 && HeldComputeHourly == 0 && CostExplorer.Count == 0 && Candidates.Count == 0 && Portfolio is null;

    public bool AnyLapsesSoon => Held.Any(h => h.LapsesSoon) || ReservedInstances.Any(r => r.LapsesSoon);
}
