using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Analysis.Evaluation;

/// <summary>
/// What the fleet keeps of one workload's evaluation, worked out where the workload was evaluated (on any core): its
/// usage of the two spend series, its chosen option's hours, and the evaluation without the other options' hourly units.
/// What is left for the one thread that adds workloads in order is the adding.
/// </summary>
/// <param name="Evaluation">The evaluation with only its chosen option's hourly units (<see cref="OptionHours.OnlyChosen"/>).</param>
/// <param name="Recommended">Its chosen option's usage of the fleet's spend; null when not coverable or no commitment is sized.</param>
/// <param name="Current">Its current option's usage, likewise.</param>
/// <param name="ChosenHours">The chosen option's whole units hour by hour; null when not asked for or it has none.</param>
internal sealed record KeptEvaluation(
    Workload Priced,
    WorkloadEvaluation Evaluation,
    FleetUsage? Recommended,
    FleetUsage? Current,
    (IReadOnlyList<DateTime> Hours, IReadOnlyList<int> Units)? ChosenHours)
{
    /// <param name="commitments">Whether the fleet sizes a commitment (else no usage is worked out).</param>
    /// <param name="chosenHours">Whether the chosen option's hours are handed on.</param>
    public static KeptEvaluation Of(Workload priced, DemandProfile profile, WorkloadEvaluation evaluation, PriceBook prices, Period window, bool commitments, bool chosenHours)
    {
        var (recommended, current) = commitments ? FleetSavingsPlans.Usage(evaluation, priced, profile, prices, window) : (null, null);
        var hours = chosenHours ? OptionHours.Of(evaluation.Recommendation.Chosen, profile) : null;
        return new KeptEvaluation(priced, OptionHours.OnlyChosen(evaluation), recommended, current, hours);
    }
}
