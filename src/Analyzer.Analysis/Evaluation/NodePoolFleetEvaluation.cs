using Analyzer.Core.Pricing;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Workloads;

namespace Analyzer.Analysis.Evaluation;

/// <summary>One Karpenter NodePool's nodes evaluated as one fleet (<see cref="NodePoolFleet"/>).</summary>
/// <param name="Pool">The NodePool, as its nodes' tags name it.</param>
/// <param name="Nodes">Nodes of the pool that were analyzed.</param>
/// <param name="Fleet">The pool as a fleet workload: its unit is the most common node type.</param>
public sealed record NodePoolFleetEvaluation(ManagedCapacity Pool, int Nodes, Workload Fleet, DemandProfile Profile, WorkloadEvaluation Evaluation)
{
    /// <summary>The ids of the pool's nodes that were analyzed, in order.</summary>
    public IReadOnlyList<string> NodeIds { get; init; } = [];

    /// <summary>A Karpenter node: its NodePool is sized on the nodes' summed hours, so its profile keeps its hourly series.</summary>
    public static bool SizedOnItsHours(Workload workload) =>
        workload.Kind == WorkloadKind.Ec2Instance && ManagedCapacity.Recognise(workload.Tags) is { Manager: CapacityManager.Karpenter };

    /// <summary>
    /// Each NodePool among the workloads, sized on its nodes' summed hourly demand with the run's prices and settings;
    /// only pools whose nodes have hourly series. <see cref="NodePoolShare"/> then gives each node its share.
    /// </summary>
    public static IReadOnlyList<NodePoolFleetEvaluation> From(
        IReadOnlyDictionary<string, Workload> workloads,
        IReadOnlyDictionary<string, DemandProfile> profiles,
        PriceBook prices,
        Core.Time.Period window,
        Core.Settings.AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(workloads);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(settings);
        var pools = workloads.Values
            .Where(SizedOnItsHours)
            .Select(w => (Workload: w, Managed: ManagedCapacity.Recognise(w.Tags)))
            .Where(p => profiles.ContainsKey(p.Workload.WorkloadId))
            .GroupBy(p => (p.Workload.AccountId, p.Workload.Region, p.Managed!.Cluster, p.Managed.Name))
            .OrderBy(g => g.Key.AccountId, StringComparer.Ordinal).ThenBy(g => g.Key.Region, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Cluster, StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal);
        var evaluations = new List<NodePoolFleetEvaluation>();
        foreach (var pool in pools)
        {
            var nodes = pool.OrderBy(p => p.Workload.WorkloadId, StringComparer.Ordinal).Select(p => (p.Workload, profiles[p.Workload.WorkloadId])).ToList();
            if (NodePoolFleet.Combine(nodes) is not { } combined || combined.Profile.Hours is not { Count: > 0 })
            {
                continue;
            }

            var evaluation = WorkloadEvaluator.Evaluate(combined.Fleet, combined.Profile, prices, settings, pricesNeededAt: DateOnly.FromDateTime(window.End));
            evaluations.Add(new NodePoolFleetEvaluation(pool.First().Managed!, nodes.Count, combined.Fleet, combined.Profile, evaluation)
            {
                NodeIds = [.. nodes.Select(n => n.Workload.WorkloadId)],
            });
        }

        return evaluations;
    }
}
