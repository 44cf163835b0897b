using Analyzer.Core.WhatIf;

namespace Analyzer.Analysis.WhatIf;

/// <summary>A scenario's answer against its baseline run: the totals on both sides, the workloads it changed, what it added.</summary>
/// <param name="Lines">The workloads selected or changed, biggest change first (those left unpriced last).</param>
/// <param name="CommitmentAfter">The fleet commitment the scenario's fleet would still buy, beyond what is held and added ("compute:3y:all 1.234/h"); null when none saves.</param>
/// <param name="Added">What each added commitment does on the scenario's fleet; null where the catalog has no rates for its plan.</param>
public sealed record WhatIfResult(
    Scenario Scenario,
    WhatIfBaseline Baseline,
    WhatIfTotals Before,
    WhatIfTotals After,
    IReadOnlyList<WhatIfLine> Lines,
    string? CommitmentBefore,
    string? CommitmentAfter,
    IReadOnlyList<WhatIfAddedCommitment> Added)
{
    /// <summary>How many workloads a change selected.</summary>
    public int Selected => Lines.Count(l => l.Selected);

    /// <summary>Workloads where what was asked (or the baseline's choice) cannot be done.</summary>
    public int InfeasibleCount => Lines.Count(l => l.Infeasible is not null);

    /// <summary>Workloads nothing could be priced for under the scenario (counted at 0 in the totals, as a report counts an unpriced workload).</summary>
    public int UnpricedCount => Lines.Count(l => l.Unpriced);

    /// <summary>Prices a region move needed that the catalog lacks there (each workload option they left unpriced says which); empty without a move.</summary>
    public IReadOnlyList<string> MissingPrices { get; init; } = [];

    /// <summary>How long the evaluation took (read, evaluate, compare).</summary>
    public TimeSpan Elapsed { get; init; }
}
