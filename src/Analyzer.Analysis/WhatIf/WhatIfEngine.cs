using Analyzer.Analysis.Evaluation;
using Analyzer.Core;
using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;
using Analyzer.Core.WhatIf;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.WhatIf;

/// <summary>
/// Answers a scenario from the store: the engine's evaluation (<see cref="AnalysisEngine.Evaluate(AnalysisSettings, DateTime?, EvaluationVariation?, CancellationToken)"/>)
/// over the baseline run's window and settings with the scenario's changes, compared with what the run recorded. It
/// writes nothing; give it a read-only connection (the CLI opens a private read-only copy of the store).
/// </summary>
public sealed class WhatIfEngine(Func<DuckDbConnection> connect, TimeProvider time)
{
    // The store's data read for the last scenario: the next one reuses it when its settings read the same (the
    // window and profiles depend on a few fleet-wide keys only), so scenarios side by side read the store once.
    private FleetInputs? inputs;

    private const string CurrentUnknown = "current cost unknown: ";

    /// <summary>
    /// A fleet of at most this many workloads is read whole once and kept for the scenarios side by side (fast); a
    /// larger one is read and evaluated a batch of this many at a time for each scenario, so memory follows the batch
    /// (the analysis's <see cref="AnalysisEngine.BatchSize"/>). The answer does not depend on it.
    /// </summary>
    public int BatchSize { get; init; } = AnalysisEngine.DefaultBatchSize;

    /// <summary>The run a what-if compares with: <paramref name="runId"/>, or the latest succeeded one; null when there is none.</summary>
    public WhatIfBaseline? Baseline(string? runId)
    {
        using var connection = connect();
        return BaselineReader.Read(connection, runId);
    }

    public WhatIfResult Evaluate(WhatIfBaseline baseline, Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(scenario);
        var started = time.GetTimestamp();
        var fleet = scenario.Settings.Apply(baseline.Settings).Validate();
        var added = scenario.AddedCommitments.Select((c, i) => c.AsHeld(i)).ToList();
        var variation = new EvaluationVariation
        {
            SettingsFor = (w, s) => scenario.SettingsFor(w, s).Validate(),
            ProfileFor = (w, p) => scenario.DemandScaleFor(w) is var scale && scale != 1 ? DemandScaling.Scale(p, scale) : p,
            Prices = scenario.Prices.IsNone ? null : scenario.Prices.Apply,
            Choose = (w, e) => ForcedOption.Apply(e, scenario.ForcedFor(w)),
            RegionFor = scenario.RegionFor,
            AddedPlans = added,
            RecommendedCommitmentOnly = true,
        };
        var movedTo = scenario.Changes.Select(c => c.MoveToRegion).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var engine = new AnalysisEngine(connect, time) { BatchSize = BatchSize };
        if (inputs is null || !inputs.Serves(fleet) || inputs.Window.End != baseline.WindowEnd || !movedTo.IsSubsetOf(inputs.PriceRegions))
        {
            inputs = engine.ReadInputs(fleet, baseline.WindowEnd, movedTo, withProfiles: false);
            if (inputs.Workloads.Count <= BatchSize)
            {
                inputs = engine.WithProfiles(inputs);
            }
        }

        var after = inputs.ProfilesRead
            ? AnalysisEngine.Evaluate(inputs, fleet, variation, cancellationToken)
            : engine.EvaluateInBatches(inputs, fleet, variation, cancellationToken);

        var effects = Effects(after, scenario, added);
        var addedSavings = effects.Sum(e => e.Effect?.MonthlyNetSavings ?? 0m);
        var best = after.Commitments is { } advice ? Decision(advice) : null;
        var lines = Lines(baseline, scenario, after);
        var before = WhatIfTotals.Of(
            baseline.Workloads.Values.Select(b => (b.CurrentMonthlyCost, b.Family, b.MonthlyCost)), baseline.CommitmentMonthlySavings, 0m);
        var afterTotals = WhatIfTotals.Of(
            after.Evaluations.Select(e => (Current(e), e.Recommendation.Chosen.Family.ToName(), e.Recommendation.Chosen.MonthlyCost)),
            Math.Round(best?.MonthlyNetSavings ?? 0m, 6, MidpointRounding.AwayFromZero),
            addedSavings);
        return new WhatIfResult(
            scenario, baseline, before, afterTotals, lines,
            baseline.CommitmentLabel is { } label ? Commitment(label, baseline.CommitmentHourly) : null,
            best is { } b ? Commitment(b.Label, b.HourlyCommitment) : null,
            effects)
        {
            MissingPrices = MissingPrices(after),
            Elapsed = time.GetElapsedTime(started),
        };
    }

    // The commitment decision as `analyze` writes it: the layered portfolio when it saves more than the best single plan.
    private static (string Label, decimal HourlyCommitment, decimal MonthlyNetSavings)? Decision(CommitmentAdvice advice) =>
        advice.UsesPortfolio
            ? (advice.Portfolio!.Label, Math.Round(advice.Portfolio.HourlyCommitment, 3, MidpointRounding.AwayFromZero), advice.Portfolio.MonthlyNetSavings)
            : advice.Best is { } best ? (best.Label, best.HourlyCommitment, best.MonthlyNetSavings) : null;

    private static string Commitment(string label, decimal hourly) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{label} {hourly:0.000}/h");

    private static decimal? Current(WorkloadEvaluation evaluation) =>
        evaluation.Options.FirstOrDefault(o => o.Family == OptionFamily.Current)?.MonthlyCost;

    private static List<WhatIfLine> Lines(WhatIfBaseline baseline, Scenario scenario, FleetEvaluation after)
    {
        var lines = new List<WhatIfLine>();
        foreach (var evaluation in after.Evaluations)
        {
            var workload = after.Inventory[evaluation.WorkloadId];
            var chosen = evaluation.Recommendation.Chosen;
            var currentAfter = WhatIfTotals.Cents(Current(evaluation) ?? 0m);
            var afterMonthly = chosen.Family != OptionFamily.Current && chosen.MonthlyCost is { } c ? WhatIfTotals.Cents(c) : currentAfter;
            var before = baseline.Workloads.GetValueOrDefault(evaluation.WorkloadId);
            var currentBefore = WhatIfTotals.Cents(before?.CurrentMonthlyCost ?? 0m);
            var beforeMonthly = before is { Family: not "current", MonthlyCost: { } b } ? WhatIfTotals.Cents(b) : currentBefore;
            var selected = scenario.Selects(workload);
            var changed = before is null || before.Option != chosen.Option || beforeMonthly != afterMonthly || currentBefore != currentAfter;
            if (!selected && !changed)
            {
                continue;
            }

            var region = after.Workloads[evaluation.WorkloadId].Region;
            lines.Add(new WhatIfLine(
                workload.WorkloadId, workload.Name, workload.AccountId, region, workload.Kind.ToName(), selected,
                currentBefore, currentAfter, before?.Option, beforeMonthly, chosen.Option, chosen.Family.ToName(), afterMonthly,
                evaluation.Recommendation.Reason, Infeasible(workload, evaluation, before, scenario, after))
            {
                MovedFrom = region == workload.Region ? null : workload.Region,
                Unpriced = chosen is { Family: OptionFamily.Current, Feasible: false },
            });
        }

        // The unpriced last: their "change" is only their cost dropping to 0.
        return [.. lines.OrderBy(l => l.Unpriced).ThenByDescending(l => Math.Abs(l.Change)).ThenBy(l => l.WorkloadId, StringComparer.Ordinal)];
    }

    // What the scenario asked for that cannot be done: a forced family with no feasible option, or the baseline's
    // choice now infeasible or no longer allowed.
    private static string? Infeasible(Workload workload, WorkloadEvaluation evaluation, BaselineWorkload? before, Scenario scenario, FleetEvaluation after)
    {
        if (evaluation.Recommendation.Chosen is { Family: OptionFamily.Current, Feasible: false } unpriced)
        {
            // Today's setup has no price (in a region moved to: the catalog lacks it there), so no option is priced.
            return unpriced.Reason;
        }

        if (ForcedOption.Why(evaluation, scenario.ForcedFor(workload)) is { } why)
        {
            return why;
        }

        if (before is null || before.Family == "current" || before.Option == evaluation.Recommendation.Chosen.Option)
        {
            return null;
        }

        if (evaluation.Options.FirstOrDefault(o => o.Option == before.Option) is { Feasible: false } option)
        {
            return $"the baseline's choice {before.Option} is infeasible now: {option.Reason}";
        }

        return OptionFamilyNames.TryParse(before.Family, out var family) && !after.WorkloadSettings[workload.WorkloadId].Allows(family)
            ? $"the baseline's choice {before.Option} is not allowed in the scenario ({before.Family})"
            : null;
    }

    // The prices a move needed that the new region's catalog lacks, in the engine's own words ("no price for m5.large
    // in ap-south-2"): every infeasible option of a moved workload whose reason names the region, once each.
    private static List<string> MissingPrices(FleetEvaluation after)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var evaluation in after.Evaluations)
        {
            var region = after.Workloads[evaluation.WorkloadId].Region;
            if (region == after.Inventory[evaluation.WorkloadId].Region)
            {
                continue;
            }

            foreach (var reason in evaluation.Options.Where(o => !o.Feasible).Select(o => o.Reason).OfType<string>().Where(r => r.Contains(region, StringComparison.Ordinal)))
            {
                missing.Add(reason.StartsWith(CurrentUnknown, StringComparison.Ordinal) ? reason[CurrentUnknown.Length..] : reason);
            }
        }

        return [.. missing];
    }

    // Each added commitment on the scenario's recommended fleet, on top of what is held and the ones added before it.
    private static List<WhatIfAddedCommitment> Effects(FleetEvaluation after, Scenario scenario, List<HeldPlan> added)
    {
        if (scenario.AddedCommitments.Count == 0)
        {
            return [];
        }

        if (after.Commitments is not { } advice)
        {
            throw new ConfigurationException("addCommitments", "cannot be evaluated: Savings Plans are not in the allowed options of the scenario's settings.");
        }

        var offers = advice.Plan.Results.Select(r => r.Offer).ToList();
        var heldBefore = after.Held with
        {
            Plans = [.. after.Held.Plans.Where(p => !added.Contains(p))],
            ComputeHourly = after.Held.ComputeHourly - added.Where(p => p.Plan == HeldCommitments.Compute).Sum(p => p.HourlyCommitment),
        };
        var effects = new List<WhatIfAddedCommitment>();
        for (var i = 0; i < added.Count; i++)
        {
            var held = heldBefore.Plus([.. added.Take(i)]);
            var plan = FleetCommitmentPlanner.Plan(advice.Recommended.Hours, offers, held, after.Settings.SavingsPlanCurvePoints, after.Settings.SavingsPlanKneeShare);
            var commitment = scenario.AddedCommitments[i];
            effects.Add(new WhatIfAddedCommitment(commitment, plan.EvaluateAdded(commitment.Label, commitment.HourlyUsd)));
        }

        return effects;
    }
}
