namespace Analyzer.Core.Reporting;

/// <summary>Methodology and assumptions: the settings the numbers depend on.</summary>
/// <param name="CpuPercentile">The percentile sized against, e.g. "p95".</param>
/// <param name="HeadroomPercent">Headroom added above the percentile, e.g. 20.</param>
/// <param name="PriceSource">Where prices came from, e.g. "AWS Price List (shipped catalog)".</param>
/// <param name="HoursPerMonth">Hours a month is priced at (AWS uses 730).</param>
public sealed record Methodology(
    int LookbackDays,
    string CpuPercentile,
    decimal HeadroomPercent,
    string PriceSource,
    DateOnly PricesAsOf,
    int HoursPerMonth,
    IReadOnlyList<MethodologyRule> Rules,
    IReadOnlyList<string> Assumptions);
