using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Rules;

namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Replaces each workload's own commitment options with its share of the fleet plan, so the per-workload commitment
/// rows of the exports add up to the fleet plan instead of overlapping it: a workload whose usage the plan covers gets
/// one "savings-plan:fleet-share:..." option (its chosen option's cost less its share of the plan's net savings) and
/// that is its commitment; one the plan cannot cover gets none. Infeasible options (a missing rate) stay. When the
/// recommendation is a single Savings Plan, Reserved Instance options stay as they were (that plan has no RI layer);
/// when it is the layered portfolio, its RI layers are the fleet's RIs, so the workload's own RI options go too and its
/// share is its part of every layer ("savings-plan:fleet-share:portfolio:...").
/// </summary>
public static class CommitmentShares
{
    /// <summary>Sums the fleet for this one workload; for every workload of a fleet, pass <see cref="CommitmentAdvice.Shares"/> once.</summary>
    public static WorkloadEvaluation Apply(WorkloadEvaluation evaluation, CommitmentAdvice advice) =>
        Apply(evaluation, advice, (advice ?? throw new ArgumentNullException(nameof(advice))).Shares());

    public static WorkloadEvaluation Apply(WorkloadEvaluation evaluation, CommitmentAdvice advice, CommitmentShareTable shares)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(shares);
        var portfolio = advice.UsesPortfolio ? advice.Portfolio : null;
        bool Replaced(OptionFamily family) => family == OptionFamily.SavingsPlan || (portfolio is not null && family == OptionFamily.ReservedInstance);

        // Infeasible ones stay: they say which rate the catalog lacks.
        var options = evaluation.Options.Where(o => !Replaced(o.Family) || !o.Feasible).ToList();
        var recommendation = evaluation.Recommendation;
        var commitment = recommendation.Commitment is { } own && Replaced(own.Family) ? null : recommendation.Commitment;
        var (hourly, savings) = shares.ShareOf(evaluation.WorkloadId);
        var what = portfolio is { } p
            ? (Key: $"portfolio:{p.TermYears}y:{p.Payment}", Capacity: $"portfolio-{p.TermYears}y-{p.Payment}",
                Words: string.Create(CultureInfo.InvariantCulture, $"Reserved Instances for the steady bases and a Compute plan, {p.TermYears}y {p.Payment} upfront, {p.HourlyCommitment:0.000} USD/h"))
            : advice.Best is { } best
                ? (Key: $"{best.Result.Offer.Plan}:{best.Result.Offer.TermYears}y:{best.Result.Offer.Payment}",
                    Capacity: $"{best.Result.Offer.Plan}-sp-{best.Result.Offer.TermYears}y-{best.Result.Offer.Payment}",
                    Words: string.Create(CultureInfo.InvariantCulture, $"{best.Result.Offer.Plan} {best.Result.Offer.TermYears}y {best.Result.Offer.Payment} upfront, {best.HourlyCommitment:0.000} USD/h"))
                : default;
        if (what.Key is not null && recommendation.Chosen is { MonthlyCost: { } chosenCost, MonthlySavings: { } chosenSavings } chosen && savings != 0)
        {
            var share = new OptionResult(
                $"{OptionFamily.SavingsPlan.ToName()}:fleet-share:{what.Key}",
                OptionFamily.SavingsPlan,
                chosenCost - savings,
                chosenSavings + savings,
                true,
                string.Create(CultureInfo.InvariantCulture, $"its share of the fleet plan ({what.Words}): {hourly:0.0000} USD/h saving {savings:0.00} USD/month on top of its recommended option"),
                chosen.Risk,
                Effort.VeryLow,
                chosen.Confidence,
                chosen.Target is { } t ? t with { Capacity = what.Capacity } : null);
            options.Add(share);
            commitment = share;
        }

        return evaluation with { Options = options, Recommendation = recommendation with { Commitment = commitment } };
    }
}
