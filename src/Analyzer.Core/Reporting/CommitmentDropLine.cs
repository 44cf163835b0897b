namespace Analyzer.Core.Reporting;

/// <summary>What a commitment would still save, and how much of it would be used, if usage dropped by <see cref="DropPercent"/>.</summary>
/// <param name="MonthlyNetSavings">Negative: it would cost more than it saves.</param>
public sealed record CommitmentDropLine(int DropPercent, decimal MonthlyNetSavings, decimal UtilizationPercent);
