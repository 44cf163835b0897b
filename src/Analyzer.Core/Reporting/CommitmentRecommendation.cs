namespace Analyzer.Core.Reporting;

/// <summary>
/// The fleet-level commitment advice (Savings Plan or Reserved Instances) on top of the per-workload options,
/// with the curve it was chosen from.
/// </summary>
/// <param name="Plan">E.g. "Compute Savings Plan".</param>
/// <param name="Payment">"no", "partial" or "all" upfront.</param>
/// <param name="HourlyCommitment">The recommended commitment in USD per hour.</param>
/// <param name="MonthlyNetSavings">Savings per month at the recommended commitment, after its cost.</param>
/// <param name="CoveragePercent">Share of eligible on-demand spend the commitment covers.</param>
public sealed record CommitmentRecommendation(
    string Plan,
    int TermYears,
    string Payment,
    decimal HourlyCommitment,
    decimal MonthlyNetSavings,
    decimal CoveragePercent,
    IReadOnlyList<CommitmentPoint> Curve);
