using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Rules;

namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Replaces each workload's own Savings Plan options with its share of the fleet plan, so the per-workload commitment
/// rows of the exports add up to the fleet plan instead of overlapping it: a workload whose usage the plan covers gets
/// one "savings-plan:fleet-share:..." option (its chosen option's cost less its share of the plan's net savings) and
/// that is its commitment; one the plan cannot cover gets none. Infeasible Savings Plan options (a missing rate) stay. Reserved Instance options stay as they were: the fleet
/// plan has no Reserved Instance layer.
/// </summary>
public static class CommitmentShares
{
    public static WorkloadEvaluation Apply(WorkloadEvaluation evaluation, CommitmentAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(advice);
        // Infeasible ones stay: they say which rate the catalog lacks.
        var options = evaluation.Options.Where(o => o.Family != OptionFamily.SavingsPlan || !o.Feasible).ToList();
        var recommendation = evaluation.Recommendation;
        var commitment = recommendation.Commitment?.Family == OptionFamily.SavingsPlan ? null : recommendation.Commitment;
        var (hourly, savings) = advice.ShareOf(evaluation.WorkloadId);
        if (advice.Best is { } best && recommendation.Chosen is { MonthlyCost: { } chosenCost, MonthlySavings: { } chosenSavings } chosen && savings != 0)
        {
            var offer = best.Result.Offer;
            var inv = CultureInfo.InvariantCulture;
            var share = new OptionResult(
                $"{OptionFamily.SavingsPlan.ToName()}:fleet-share:{offer.Plan}:{offer.TermYears}y:{offer.Payment}",
                OptionFamily.SavingsPlan,
                chosenCost - savings,
                chosenSavings + savings,
                true,
                string.Create(inv, $"its share of the fleet plan ({offer.Plan} {offer.TermYears}y {offer.Payment} upfront, {best.HourlyCommitment:0.000} USD/h): {hourly:0.0000} USD/h saving {savings:0.00} USD/month on top of its recommended option"),
                chosen.Risk,
                Effort.VeryLow,
                chosen.Confidence,
                chosen.Target is { } t ? t with { Capacity = $"{offer.Plan}-sp-{offer.TermYears}y-{offer.Payment}" } : null);
            options.Add(share);
            commitment = share;
        }

        return evaluation with { Options = options, Recommendation = recommendation with { Commitment = commitment } };
    }
}
