namespace Analyzer.Core.Reporting;

/// <summary>
/// A what-if scenario saved in the store (<c>analyzer whatif --save NAME</c>), as the report renders it: its
/// definition, its totals against the baseline run and the workloads it changed. Money is USD per month, in cents.
/// </summary>
/// <param name="Name">Checked against <see cref="Core.WhatIf.SavedScenarioName"/> before it was stored.</param>
/// <param name="Description">The scenario file's "description"; null when it had none.</param>
/// <param name="Definition">The scenario file as given, and the flags applied on top.</param>
/// <param name="Before">The baseline run's totals.</param>
/// <param name="After">The scenario's totals.</param>
/// <param name="CommitmentBefore">The fleet commitment the baseline recommends ("compute:3y:all 2.340/h"); null when none.</param>
/// <param name="MissingPrices">Prices a region move needed that the catalog lacks there.</param>
/// <param name="Lines">Every workload the scenario selected or changed, biggest change first.</param>
public sealed record SavedScenario(
    string Name,
    string? Description,
    string Definition,
    string BaselineRunId,
    DateTimeOffset SavedAt,
    int Workloads,
    int Selected,
    int Infeasible,
    SavedScenarioTotals Before,
    SavedScenarioTotals After,
    string? CommitmentBefore,
    string? CommitmentAfter,
    IReadOnlyList<string> MissingPrices,
    IReadOnlyList<SavedScenarioLine> Lines)
{
    /// <summary>How many changed workloads the report lists.</summary>
    public const int TopShown = 10;

    /// <summary>What the scenario changes the fleet's monthly cost after every recommendation by (negative: it saves more).</summary>
    public decimal Change => After.MonthlyCost - Before.MonthlyCost;

    /// <summary>The biggest changes of the workloads it could price (the report's table); the unpriced are with the infeasible.</summary>
    public IReadOnlyList<SavedScenarioLine> TopChanges => [.. Lines.Where(l => l.Change != 0 && !l.Unpriced).Take(TopShown)];

    /// <summary>The workloads where what was asked cannot be done, with why.</summary>
    public IReadOnlyList<SavedScenarioLine> InfeasibleLines => [.. Lines.Where(l => l.Infeasible is not null)];
}
