using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Rules;

/// <summary>
/// Chooses the option to recommend: among feasible, allowed options whose risk and effort fit the appetite,
/// the one that fixes under-provisioning at least cost if any does, else the one saving most (ties to lower
/// risk, then lower effort). Commitments are chosen apart, to stack on the chosen size.
/// </summary>
public static class RecommendationSelector
{
    public static Recommendation Select(string workloadId, IReadOnlyList<OptionResult> options, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        var current = options.FirstOrDefault(o => o.Family == OptionFamily.Current)
            ?? throw new ArgumentException("The options must include the current one.", nameof(options));
        var ranked = options
            .Where(o => o.Feasible && o.MonthlySavings is not null && !o.Family.IsCommitment() && o.Family != OptionFamily.Current)
            .OrderByDescending(o => o.MonthlySavings)
            .ThenBy(o => o.Risk)
            .ThenBy(o => o.Effort)
            .ThenBy(o => o.Option, StringComparer.Ordinal)
            .ToArray();
        var eligible = ranked.Where(o => Fits(o, settings) && Changes(o, current)).ToArray();
        var minimum = settings.MinimumSavingsFor(current.MonthlyCost ?? 0m);

        var fix = eligible.Where(o => o.FixesUnderProvisioning).OrderBy(o => o.MonthlyCost).FirstOrDefault();
        if (fix is not null)
        {
            return new Recommendation(workloadId, fix, null, ranked, "the current size does not cover demand; this is the cheapest option that does");
        }

        var best = eligible.FirstOrDefault(o => o.MonthlySavings >= minimum && o.MonthlySavings > 0 && !o.FixesUnderProvisioning);
        if (best is not null)
        {
            return new Recommendation(
                workloadId,
                best,
                null,
                ranked,
                string.Create(CultureInfo.InvariantCulture, $"saves {best.MonthlySavings:0.00} USD a month at {best.Risk.ToName()} risk and {best.Effort.ToName()} effort ({settings.RiskAppetite.ToString().ToLowerInvariant()} appetite)"));
        }

        return new Recommendation(workloadId, current, null, ranked, WhyNothing(options, ranked, eligible, minimum, settings));
    }

    /// <summary>Adds the commitment that saves most on top of the chosen option, among those that fit the appetite.</summary>
    public static Recommendation WithCommitment(Recommendation recommendation, IEnumerable<OptionResult> commitments, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(settings);
        var chosenCost = recommendation.Chosen.MonthlyCost;
        var best = commitments
            .Where(o => o.Feasible && o.MonthlyCost is not null && o.Family.IsCommitment() && Fits(o, settings))
            .Where(o => chosenCost is null || o.MonthlyCost < chosenCost)
            .OrderBy(o => o.MonthlyCost)
            .ThenBy(o => o.Risk)
            .ThenBy(o => o.Option, StringComparer.Ordinal)
            .FirstOrDefault();
        return recommendation with { Commitment = best };
    }

    public static bool Fits(OptionResult option, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(option);
        return Fits(option.Family, option.Risk, option.Effort, settings);
    }

    /// <summary>Whether an option of this family, risk and effort is allowed and fits the appetite.</summary>
    public static bool Fits(OptionFamily family, Risk risk, Effort effort, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ceiling = settings.RiskAppetite switch
        {
            RiskAppetite.Conservative => 1,
            RiskAppetite.Balanced => 2,
            _ => 3,
        };
        return settings.Allows(family) && (int)risk <= ceiling && (int)effort <= ceiling;
    }

    /// <summary>
    /// Whether an option changes anything: stopping or scheduling always does; otherwise its size, capacity, units
    /// or hours must differ from today's.
    /// </summary>
    public static bool Changes(OptionResult option, OptionResult current)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(current);
        if (option.Family is OptionFamily.Stop or OptionFamily.Schedule || option.Target is not { } to || current.Target is not { } from)
        {
            return option.Family != OptionFamily.Current;
        }

        var sameSize = string.Equals(to.InstanceType, from.InstanceType, StringComparison.Ordinal)
            && (to.InstanceType is not null || (to.Vcpu == from.Vcpu && to.MemoryGib == from.MemoryGib && to.LambdaMemoryMb == from.LambdaMemoryMb))
            && (to.Architecture is null || from.Architecture is null || to.Architecture == from.Architecture);
        return !(sameSize && to.Capacity == from.Capacity && to.Units.Min == from.Units.Min && to.Units.Max == from.Units.Max
            && Math.Abs(to.MonthlyHours - from.MonthlyHours) < 0.5);
    }

    private static string WhyNothing(IReadOnlyList<OptionResult> options, IReadOnlyList<OptionResult> ranked, IReadOnlyList<OptionResult> eligible, decimal minimum, AnalysisSettings settings)
    {
        if (eligible.FirstOrDefault(o => o.MonthlySavings > 0) is { } small)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"keep as is: the best option ({small.Option}) saves {small.MonthlySavings:0.00} USD a month, under the minimum of {minimum:0.00} USD");
        }

        if (ranked.Any(o => o.MonthlySavings > 0))
        {
            return $"options that save money exceed the {settings.RiskAppetite.ToString().ToLowerInvariant()} appetite's risk or effort, or are not allowed; keep the current setup";
        }

        var reasons = options
            .Where(o => !o.Feasible && o.Reason is not null && !o.Family.IsCommitment())
            .Select(o => o.Reason!)
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToArray();
        return reasons.Length == 0
            ? "no option is cheaper than the current setup"
            : "keep the current setup: " + string.Join("; ", reasons);
    }
}
