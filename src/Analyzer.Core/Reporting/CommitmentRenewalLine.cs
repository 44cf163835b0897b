namespace Analyzer.Core.Reporting;

/// <summary>Held plans lapsing within a year and what to buy as they do, sized on the recommended offer.</summary>
/// <param name="Plan">The offer the renewal is sized on, e.g. "Compute Savings Plan".</param>
/// <param name="FirstEnd">The day the first of them ends.</param>
/// <param name="RenewHourly">Commitment to buy as they lapse, beyond the recommendation, USD per hour.</param>
public sealed record CommitmentRenewalLine(
    string Plan, int TermYears, string Payment, int LapsingPlans, decimal LapsingHourly, DateOnly? FirstEnd, decimal RenewHourly, decimal MonthlyNetSavings);
