using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Time;

namespace Analyzer.Analysis;

/// <summary>One run of the engine as written to the store: its id, window, price date and every result.</summary>
/// <param name="PriceAsOf">Newest as_of of the EC2 prices used; null when the catalog was empty.</param>
public sealed record AnalysisRun(
    string RunId,
    Period Window,
    DateOnly? PriceAsOf,
    IReadOnlyList<WorkloadEvaluation> Evaluations,
    IReadOnlyList<SavingsPlanResult> SavingsPlans)
{
    /// <summary>Compute Optimizer's recommendation beside ours, for every EC2 instance and every workload it covers.</summary>
    public IReadOnlyList<ComputeOptimizerComparison> ComputeOptimizer { get; init; } = [];

    /// <summary>The Savings Plans held that the fleet optimizer applied (from the bill, and the setting when given).</summary>
    public HeldCommitments HeldSavingsPlans { get; init; } = HeldCommitments.None;

    /// <summary>Cost Explorer's Savings Plan purchase recommendations beside ours.</summary>
    public IReadOnlyList<SavingsPlanComparison> CostExplorerSavingsPlans { get; init; } = [];

    /// <summary>The fleet commitment advice (candidates, renewal, the series); null when Savings Plans are not allowed.</summary>
    public CommitmentAdvice? Commitments { get; init; }
}
