namespace Analyzer.Core.Reporting;

/// <summary>Current and recommended monthly cost of one group of workloads (an account or a team tag value).</summary>
/// <param name="Key">The account id or tag value; "(untagged)" for workloads without the tag.</param>
/// <param name="Label">What to show: the account name, or the tag value.</param>
public sealed record BreakdownRow(
    string Key,
    string Label,
    int Workloads,
    decimal CurrentMonthlyCost,
    decimal RecommendedMonthlyCost)
{
    public decimal MonthlySavings => CurrentMonthlyCost - RecommendedMonthlyCost;
}
