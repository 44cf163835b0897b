namespace Analyzer.Core.Reporting;

/// <summary>One point of the commitment curve: net monthly savings if this hourly amount were committed.</summary>
public sealed record CommitmentPoint(decimal HourlyCommitment, decimal MonthlyNetSavings);
