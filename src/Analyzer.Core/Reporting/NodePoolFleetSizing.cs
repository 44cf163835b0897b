using Analyzer.Core.Options;

namespace Analyzer.Core.Reporting;

/// <summary>
/// A Karpenter NodePool sized as one fleet on its nodes' summed hourly demand (the engine's NodePoolFleet): today's
/// units of its most common node type and what the pool as a whole is recommended. Names come from tags and are untrusted.
/// </summary>
/// <param name="UnitType">The pool's most common node type, the unit its nodes are counted in (a node twice its size is two).</param>
/// <param name="UnitsMin">Today's fewest units in an hour (fractional where nodes of other sizes run).</param>
/// <param name="FleetCpuP99Vcpu">The pool's summed CPU at p99 of its hours, in vCPUs.</param>
/// <param name="Configuration">What the pool's recommended option runs, e.g. "2-4 x m6g.large (avg 2.6) on-demand".</param>
/// <param name="TargetInstanceTypes">The recommended option's instance type (a Spot option's: its diversified pools' types); empty when kept.</param>
public sealed record NodePoolFleetSizing(
    string AccountId,
    string Region,
    string? Cluster,
    string NodePool,
    string UnitType,
    double UnitsMin,
    double UnitsMax,
    double UnitsAverage,
    double? FleetCpuP99Vcpu,
    decimal CurrentMonthlyCost,
    OptionFamily Family,
    string Configuration,
    IReadOnlyList<string> TargetInstanceTypes,
    string Capacity,
    decimal MonthlyCost,
    string Reason);
