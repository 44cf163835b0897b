using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Settings;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Analysis.Evaluation;

/// <summary>
/// The engine's answer held in memory, before anything is written: every workload evaluated over one window and price
/// book, and the fleet commitment sized on the result. <see cref="AnalysisEngine.Run"/> writes it as a run; a what-if
/// compares it with a run already written and writes nothing.
/// </summary>
/// <param name="Settings">The fleet-wide settings (window, scope, the commitment optimizer's).</param>
/// <param name="PriceAsOf">Newest as_of of the EC2 prices used; null when the catalog was empty.</param>
/// <param name="Evaluations">One per workload in scope, by workload id; each commitment is its share of the fleet plan.</param>
/// <param name="Commitments">The fleet commitment advice; null when Savings Plans are not allowed.</param>
public sealed record FleetEvaluation(
    AnalysisSettings Settings,
    Period Window,
    DateOnly? PriceAsOf,
    IReadOnlyList<WorkloadEvaluation> Evaluations,
    HeldCommitments Held,
    CommitmentAdvice? Commitments)
{
    /// <summary>The workloads evaluated, by id, as priced: in the region a what-if moved them to.</summary>
    /// <summary>Each Reserved Instance held and what the run did with it (applied, how, or why not).</summary>
    public IReadOnlyList<ReservedInstanceUse> ReservedInstances { get; init; } = [];

    /// <summary>The Karpenter NodePools sized as one fleet each; their nodes' evaluations carry their shares (<see cref="Core.Rules.NodePoolShare"/>).</summary>
    public IReadOnlyList<NodePoolFleetEvaluation> NodePools { get; init; } = [];

    public required IReadOnlyDictionary<string, Workload> Workloads { get; init; }

    /// <summary>The workloads as the store holds them (a what-if selects on these), by id.</summary>
    public required IReadOnlyDictionary<string, Workload> Inventory { get; init; }

    /// <summary>The demand profile each workload was evaluated on (an empty one where it had no samples).</summary>
    public required IReadOnlyDictionary<string, DemandProfile> Profiles { get; init; }

    /// <summary>The prices every option was priced with.</summary>
    public required PriceBook Prices { get; init; }

    /// <summary>The settings each workload was evaluated with (the fleet's unless a what-if changed them for it).</summary>
    public required IReadOnlyDictionary<string, AnalysisSettings> WorkloadSettings { get; init; }
}
