namespace Analyzer.Core.Reporting;

/// <summary>One service's spend in one calendar month (amortized, USD): a point of the 12-month spend chart.</summary>
/// <param name="Month">The first day of the month.</param>
public sealed record ServiceMonthSpend(DateOnly Month, string Service, decimal Cost);
