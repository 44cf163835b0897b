namespace Analyzer.Core.Reporting;

/// <summary>Monthly savings of the recommended options in one savings category, and how many workloads they cover.</summary>
public sealed record FamilySavings(SavingsCategory Category, decimal MonthlySavings, int Workloads);
