namespace Analyzer.Core.Reporting;

/// <summary>How a KPI tile's value is formatted.</summary>
public enum KpiUnit
{
    Usd,
    Percent,
    Count,
}
