namespace Analyzer.Analysis.WhatIf;

/// <summary>One workload the scenario changed (or selected), before (the baseline run) and after.</summary>
/// <param name="Region">The region it is priced in under the scenario.</param>
/// <param name="Selected">A change of the scenario selects it (others change only through prices or the fleet).</param>
/// <param name="BeforeOption">The baseline's chosen option; null when the workload is not in the baseline run.</param>
/// <param name="BeforeMonthly">What it costs a month as the baseline recommends (today's cost when kept).</param>
/// <param name="AfterMonthly">The same under the scenario.</param>
/// <param name="Infeasible">Why what the scenario asked for, or the baseline's choice, cannot be done now; null when nothing is.</param>
public sealed record WhatIfLine(
    string WorkloadId,
    string Name,
    string AccountId,
    string Region,
    string Kind,
    bool Selected,
    decimal CurrentBefore,
    decimal CurrentAfter,
    string? BeforeOption,
    decimal BeforeMonthly,
    string AfterOption,
    string AfterFamily,
    decimal AfterMonthly,
    string AfterReason,
    string? Infeasible)
{
    /// <summary>The region the workload runs in today when the scenario moved it (<see cref="Region"/> is the new one); null when not moved.</summary>
    public string? MovedFrom { get; init; }

    /// <summary>Today's setup has no price under the scenario (a region without it), so nothing is priced: its costs show as 0.</summary>
    public bool Unpriced { get; init; }

    /// <summary>What the scenario changes the workload's monthly cost by (negative: it saves more).</summary>
    public decimal Change => AfterMonthly - BeforeMonthly;
}
