using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// Gives each node of a Karpenter NodePool its share of the pool's advice (<see cref="NodePoolFleet"/>), so every
/// dollar counts once: Karpenter launches and consolidates the pool's nodes together, so a node's own resize is no
/// lever and its own options are set aside (infeasible, with the reason), and the node's recommendation is the pool's
/// chosen option at the node's share of today's cost. With nodes costing c_i today (their own current costs, C in
/// all) and the pool's recommended fleet costing R, node i is recommended at R x c_i / C: the nodes' recommended
/// costs add up to the pool's, their savings to C - R. Where the pool is kept, so is every node. The share's units are
/// the pool's average units times the share (the hour-by-hour units stay the pool's: a fraction of a node has none).
/// </summary>
public static class NodePoolShare
{
    public const string LabelPrefix = "nodepool:";

    /// <param name="nodes">The evaluations of the pool's nodes.</param>
    /// <param name="pool">The pool sized as one fleet.</param>
    public static IReadOnlyList<WorkloadEvaluation> Apply(IReadOnlyList<WorkloadEvaluation> nodes, WorkloadEvaluation pool, ManagedCapacity managed)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(managed);
        var costs = nodes.Select(n => n.Options.FirstOrDefault(o => o.Family == OptionFamily.Current && o.Feasible)?.MonthlyCost).ToList();
        var total = costs.Sum(c => c ?? 0m);
        if (costs.Any(c => c is null) || total <= 0m)
        {
            // A node without a priced current cost cannot take a share: the nodes keep their own advice.
            return nodes;
        }

        var chosen = pool.Recommendation.Chosen;
        var kept = chosen.Family == OptionFamily.Current || chosen.MonthlyCost is null;
        var lever = $"not a lever under Karpenter: {managed.Describe()} sizes its nodes together, so this node is not resized on its own; the NodePool's advice applies";
        return [.. nodes.Select((node, i) => Share(node, costs[i]!.Value, total, chosen, kept, lever, managed))];
    }

    private static WorkloadEvaluation Share(WorkloadEvaluation node, decimal cost, decimal total, OptionResult chosen, bool kept, string lever, ManagedCapacity managed)
    {
        var share = cost / total;
        var current = node.Options.First(o => o.Family == OptionFamily.Current && o.Feasible);
        var options = node.Options
            .Select(o => o.Family == OptionFamily.Current || o.Family.IsCommitment() || !o.Feasible
                ? o
                : OptionResult.Infeasible(o.Option, o.Family, lever, o.Risk, o.Effort, o.Confidence, o.MonthlyCost, cost, o.Target))
            .ToList();
        var percent = string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.#}%");
        if (kept)
        {
            return node with
            {
                Options = options,
                Recommendation = new Recommendation(node.WorkloadId, current, null, [], $"kept with {managed.Describe()}, sized as one fleet ({percent} of its cost today)"),
            };
        }

        var target = chosen.Target is { } t
            ? t with { Units = Scaled(t.Units, (double)share), HourlyUnits = null, Change = null }
            : null;
        var option = OptionResult.Priced(
            LabelPrefix + chosen.Option,
            chosen.Family,
            chosen.MonthlyCost!.Value * share,
            cost,
            chosen.Risk,
            chosen.Effort,
            chosen.Confidence,
            target,
            $"this node's share ({percent} of the pool's cost today) of {managed.Describe()} sized as one fleet: {chosen.Reason}",
            chosen.FixesUnderProvisioning);
        options.Add(option);
        return node with
        {
            Options = options,
            Recommendation = new Recommendation(node.WorkloadId, option, null, [option], $"its NodePool's advice, at this node's share ({percent}) of the pool's cost"),
        };
    }

    private static UnitCount Scaled(UnitCount units, double share) =>
        new((int)Math.Floor(units.Min * share), (int)Math.Ceiling(units.Max * share), units.Average * share);
}
