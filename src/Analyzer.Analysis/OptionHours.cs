using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;

namespace Analyzer.Analysis;

/// <summary>
/// An option's whole units paired with the profile hours they were sized on: what option_hourly_units stores and
/// what the fleet's commitment series runs. Null where the option has no hourly series or it does not match the
/// profile's hours.
/// </summary>
internal static class OptionHours
{
    public static (IReadOnlyList<DateTime> Hours, IReadOnlyList<int> Units)? Of(OptionResult option, DemandProfile? profile) =>
        option.Target?.HourlyUnits is { } units && profile?.Hours is { } hours && hours.Count == units.Count
            ? (hours.Select(h => h.Hour).ToArray(), units)
            : null;

    /// <summary>
    /// The evaluation with the hourly units of its chosen option only: the other options' series served the choice and
    /// are not read again, and at a large fleet's scale they are most of its memory.
    /// </summary>
    public static WorkloadEvaluation OnlyChosen(WorkloadEvaluation evaluation)
    {
        var chosen = evaluation.Recommendation.Chosen;
        if (!evaluation.Options.Any(o => !ReferenceEquals(o, chosen) && o.Target?.HourlyUnits is not null))
        {
            return evaluation;
        }

        var stripped = new Dictionary<OptionResult, OptionResult>(ReferenceEqualityComparer.Instance);
        OptionResult Strip(OptionResult option)
        {
            if (ReferenceEquals(option, chosen) || option.Target is not { HourlyUnits: not null } target)
            {
                return option;
            }

            if (!stripped.TryGetValue(option, out var without))
            {
                stripped[option] = without = option with { Target = target with { HourlyUnits = null } };
            }

            return without;
        }

        var recommendation = evaluation.Recommendation;
        return evaluation with
        {
            Options = [.. evaluation.Options.Select(Strip)],
            Recommendation = recommendation with
            {
                Commitment = recommendation.Commitment is { } commitment ? Strip(commitment) : null,
                Ranked = [.. recommendation.Ranked.Select(Strip)],
            },
        };
    }
}
