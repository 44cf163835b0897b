using System.Text.RegularExpressions;
using Analyzer.Core.Options;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The advice for one Karpenter NodePool, gathered from its nodes (tag karpenter.sh/nodepool): Karpenter replaces
/// nodes, so the lever is the NodePool's requirements (the instance types, families and capacity types it may launch),
/// not any one node. Names come from tags and are untrusted.
/// </summary>
/// <param name="Nodes">Nodes of the NodePool analyzed.</param>
/// <param name="TypesToday">The instance types its nodes run today.</param>
/// <param name="TypesAdvised">The instance types the nodes' recommended options move to (today's type where a node is kept).</param>
/// <param name="CapacityTypes">"on-demand" and/or "spot" as advised.</param>
/// <param name="Advice">What to set in the NodePool's requirements.</param>
public sealed partial record NodePoolAdvice(
    string AccountId,
    string Region,
    string? Cluster,
    string NodePool,
    int Nodes,
    IReadOnlyList<string> TypesToday,
    IReadOnlyList<string> TypesAdvised,
    IReadOnlyList<string> CapacityTypes,
    decimal CurrentMonthlyCost,
    decimal RecommendedMonthlyCost,
    string Advice)
{
    public decimal MonthlySavings => CurrentMonthlyCost - RecommendedMonthlyCost;

    /// <summary>The pool sized as one fleet on its nodes' summed hourly demand; null where the run has none (the nodes' advice is then gathered).</summary>
    public NodePoolFleetSizing? Fleet { get; init; }

    /// <summary>
    /// One entry per NodePool of the Karpenter nodes among <paramref name="workloads"/>, biggest savings first. Where the
    /// run sized the pool as one fleet (<paramref name="fleets"/>), its advice and costs are the fleet's: the lever is
    /// the pool's total demand, not each node's.
    /// </summary>
    public static IReadOnlyList<NodePoolAdvice> From(IReadOnlyList<WorkloadReport> workloads, IReadOnlyList<NodePoolFleetSizing>? fleets = null)
    {
        ArgumentNullException.ThrowIfNull(workloads);
        fleets ??= [];
        static string? instanceType(WorkloadReport w) => InstanceType(w.CurrentConfiguration);
        var pools = workloads
            .Select(w => (Workload: w, Managed: ManagedCapacity.Recognise(w.Tags)))
            .Where(p => p.Managed is { Manager: CapacityManager.Karpenter })
            .GroupBy(p => (p.Workload.AccountId, p.Workload.Region, p.Managed!.Cluster, p.Managed.Name));
        var advice = new List<NodePoolAdvice>();
        foreach (var pool in pools)
        {
            var nodes = pool.Select(p => p.Workload).ToList();
            var today = nodes.Select(instanceType).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var advised = nodes.Select(n => Target(n) ?? instanceType(n)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var capacity = nodes.Select(n => n.Recommended?.Family == OptionFamily.Ec2Spot ? "spot" : "on-demand").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var current = nodes.Sum(n => n.CurrentMonthlyCost);
            var recommended = nodes.Sum(n => n.RecommendedMonthlyCost);
            var text = advised.SequenceEqual(today) && capacity.SequenceEqual(["on-demand"])
                ? $"Keep the NodePool's requirements: its nodes are sized as advised ({string.Join(", ", today)})."
                : $"Set the NodePool's requirements to launch {string.Join(", ", advised)} (node.kubernetes.io/instance-type In [...], or their families with karpenter.k8s.aws/instance-family) and karpenter.sh/capacity-type In [{string.Join(", ", capacity)}]; Karpenter replaces the {nodes.Count} node(s) now running {string.Join(", ", today)} as it consolidates (disruption budgets permitting), so no node is resized by hand.";
            var fleet = fleets.FirstOrDefault(f => f.AccountId == pool.Key.AccountId && f.Region == pool.Key.Region && f.Cluster == pool.Key.Cluster && f.NodePool == pool.Key.Name);
            if (fleet is not null)
            {
                // The nodes carry their shares of the pool's advice (NodePoolShare): today's cost is theirs, the
                // recommended cost the pool's, and the savings the headline counts for them.
                (advised, capacity, _, _, text) = FromFleet(fleet, today, nodes.Count);
            }

            advice.Add(new NodePoolAdvice(pool.Key.AccountId, pool.Key.Region, pool.Key.Cluster, pool.Key.Name, nodes.Count, today, advised, capacity, current, recommended, text) { Fleet = fleet });
        }

        return [.. advice.OrderByDescending(a => a.MonthlySavings).ThenBy(a => a.NodePool, StringComparer.Ordinal)];
    }

    private static (List<string> Advised, List<string> Capacity, decimal Current, decimal Recommended, string Text) FromFleet(NodePoolFleetSizing fleet, List<string> today, int nodes)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var kept = fleet.Family == OptionFamily.Current || fleet.TargetInstanceTypes.Count == 0;
        var advised = kept ? today : [.. fleet.TargetInstanceTypes];
        List<string> capacity = [fleet.Capacity == "spot" ? "spot" : "on-demand"];
        var demand = string.Create(inv, $"sized as one fleet on the pool's summed demand ({(fleet.FleetCpuP99Vcpu is { } p99 ? $"{p99:0.##} vCPU at p99 of its hours; " : string.Empty)}today {fleet.UnitsMin:0.#}-{fleet.UnitsMax:0.#} x {fleet.UnitType} an hour, {fleet.UnitsAverage:0.#} on average, over {nodes} node(s))");
        var text = kept
            ? $"Keep the NodePool's requirements: {demand}, no change saves the minimum worth acting on."
            : string.Create(inv, $"Set the NodePool's requirements to launch {string.Join(", ", advised)} (node.kubernetes.io/instance-type In [...], or their families with karpenter.k8s.aws/instance-family) and karpenter.sh/capacity-type In [{string.Join(", ", capacity)}]: {demand}, the pool needs {fleet.Configuration} at {fleet.MonthlyCost:0.00} USD a month; Karpenter replaces today's nodes ({string.Join(", ", today)}) as it consolidates (disruption budgets permitting), so no node is resized by hand.");
        return (advised, capacity, fleet.CurrentMonthlyCost, fleet.MonthlyCost, text);
    }

    /// <summary>The instance type of a node's recommended EC2 option ("1 x c6g.large on-demand"); null for other options.</summary>
    private static string? Target(WorkloadReport node) =>
        node.Recommended is { Family: OptionFamily.Ec2Rightsized or OptionFamily.Graviton or OptionFamily.Ec2Spot } option
            ? InstanceType(option.Configuration)
            : null;

    /// <summary>The instance type a configuration names ("1 x c5.2xlarge on-demand, ..."); null when it names none.</summary>
    internal static string? InstanceType(string configuration) => TypePattern().Match(configuration) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"(?<![\w.])[a-z][a-z0-9-]*\.[0-9]*[a-z][a-z0-9]*(?![\w.])", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();
}
