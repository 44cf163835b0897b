namespace Analyzer.Core.Reporting;

/// <summary>Monthly savings of the recommended options in one family, and how many workloads they cover.</summary>
public sealed record FamilySavings(OptionFamily Family, decimal MonthlySavings, int Workloads);
