namespace Analyzer.Core.Reporting;

/// <summary>One workload a saved what-if selected or changed, before (the baseline run) and after (USD per month).</summary>
/// <param name="Region">The region it is priced in under the scenario.</param>
/// <param name="MovedFrom">Its region today when the scenario moved it; null when not moved.</param>
/// <param name="BeforeOption">The baseline's chosen option; null when it is not in the baseline run.</param>
/// <param name="Infeasible">Why what the scenario asked cannot be done; null when it can.</param>
public sealed record SavedScenarioLine(
    string WorkloadId,
    string Name,
    string AccountId,
    string Region,
    string? MovedFrom,
    string Kind,
    bool Selected,
    string? BeforeOption,
    decimal BeforeMonthly,
    string AfterOption,
    decimal AfterMonthly,
    string? Infeasible)
{
    /// <summary>Today's setup has no price under the scenario, so nothing is priced (its costs show as 0).</summary>
    public bool Unpriced { get; init; }

    public decimal Change => AfterMonthly - BeforeMonthly;
}
