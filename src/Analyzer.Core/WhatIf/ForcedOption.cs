using Analyzer.Core.Options;
using Analyzer.Core.Rules;

namespace Analyzer.Core.WhatIf;

/// <summary>
/// Moves a workload to a forced option family: its cheapest feasible option of those families becomes the choice,
/// whatever it saves and whatever the risk appetite (the scenario asked for it). Where none is feasible the engine's
/// own choice stays and <see cref="Why"/> says why the forced move cannot be made.
/// </summary>
public static class ForcedOption
{
    public static WorkloadEvaluation Apply(WorkloadEvaluation evaluation, IReadOnlySet<OptionFamily> families)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(families);
        if (families.Count == 0 || families.Contains(evaluation.Recommendation.Chosen.Family))
        {
            return evaluation;
        }

        var forced = evaluation.Options
            .Where(o => families.Contains(o.Family) && o.Feasible && o.MonthlyCost is not null)
            .OrderBy(o => o.MonthlyCost)
            .ThenBy(o => o.Option, StringComparer.Ordinal)
            .FirstOrDefault();
        if (forced is null)
        {
            return evaluation;
        }

        var names = string.Join(" or ", families.Select(f => f.ToName()).Order(StringComparer.Ordinal));
        var recommendation = evaluation.Recommendation with
        {
            Chosen = forced,
            Commitment = null,
            Reason = $"forced by the scenario ({names}): {forced.Option}",
        };
        return evaluation with { Recommendation = recommendation };
    }

    /// <summary>Why none of <paramref name="families"/> could be chosen for the workload; null when one was.</summary>
    public static string? Why(WorkloadEvaluation evaluation, IReadOnlySet<OptionFamily> families)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(families);
        if (families.Count == 0 || families.Contains(evaluation.Recommendation.Chosen.Family))
        {
            return null;
        }

        var reasons = evaluation.Options
            .Where(o => families.Contains(o.Family))
            .Select(o => $"{o.Option}: {o.Reason ?? "not priced"}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var names = string.Join(" or ", families.Select(f => f.ToName()).Order(StringComparer.Ordinal));
        return reasons.Count == 0 ? $"{names} is not offered for this kind of workload" : $"{names} infeasible: {string.Join("; ", reasons)}";
    }
}
