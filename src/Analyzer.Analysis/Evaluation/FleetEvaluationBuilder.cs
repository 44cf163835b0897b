using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Analysis.Evaluation;

/// <summary>
/// Evaluates a fleet a batch of workloads at a time and keeps only what the fleet-wide steps need afterwards: each
/// evaluation (its chosen option's hourly units, not every option's), the profiles without their hourly series (a
/// Karpenter node keeps its own: the NodePool is sized on its nodes' hours), and the fleet's two spend series as running
/// sums. A batch's hours are dropped when the next batch is read, so memory follows the batch, not the fleet.
/// <see cref="Finish"/> then sizes each Karpenter NodePool as one fleet and gives its nodes their shares (their usage waits
/// until then), applies the Reserved Instances and plans held, sizes the commitment and shares it back.
/// </summary>
internal sealed class FleetEvaluationBuilder
{
    private readonly FleetInputs inputs;
    private readonly AnalysisSettings settings;
    private readonly EvaluationVariation variation;
    private readonly PriceBook prices;
    private readonly int hourCount;
    private readonly bool commitments;
    private readonly FleetSpendBuilder recommendedSpend;
    private readonly FleetSpendBuilder? currentSpend;
    private readonly List<(string Key, decimal Price)> recommendedKeys = [];
    private readonly List<(string Key, decimal Price)> currentKeys = [];
    private readonly HashSet<string> seenRecommended = new(StringComparer.Ordinal);
    private readonly HashSet<string> seenCurrent = new(StringComparer.Ordinal);
    private readonly List<WorkloadEvaluation> evaluations = [];
    private readonly Dictionary<string, Workload> priced = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DemandProfile> used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnalysisSettings> workloadSettings = new(StringComparer.Ordinal);

    // Karpenter nodes wait for Finish: each takes its share of its NodePool's advice before its usage counts.
    private readonly List<(Workload Priced, DemandProfile Profile, WorkloadEvaluation Evaluation, IReadOnlyList<(int Hour, double Weight)> Hours)> nodes = [];

    /// <param name="inputs">The fleet's inputs; only what is not per batch is read from it (window, inventory, bills, prices, commitments held).</param>
    public FleetEvaluationBuilder(FleetInputs inputs, AnalysisSettings settings, EvaluationVariation variation)
    {
        this.inputs = inputs;
        this.settings = settings;
        this.variation = variation;
        prices = variation.Prices is { } scale ? scale(inputs.Prices).ToBook() : inputs.Book;
        hourCount = (int)Math.Ceiling(inputs.Window.Hours);
        commitments = settings.Allows(OptionFamily.SavingsPlan);
        recommendedSpend = new FleetSpendBuilder(hourCount);
        currentSpend = variation.RecommendedCommitmentOnly ? null : new FleetSpendBuilder(hourCount);
    }

    /// <summary>Called with each workload's chosen option and its whole units hour by hour, as each batch is evaluated.</summary>
    public Action<string, OptionResult, (IReadOnlyList<DateTime> Hours, IReadOnlyList<int> Units)>? OnChosenHours { get; init; }

    /// <summary>
    /// Evaluates one batch: <paramref name="workloads"/> (of the inventory) with their profiles and hourly demand.
    /// <paramref name="demand"/> is grouped on another thread while the batch is evaluated: pass rows already read.
    /// </summary>
    public void Add(IEnumerable<Workload> workloads, IReadOnlyDictionary<string, DemandProfile> profiles, IEnumerable<FleetDemandHour> demand, CancellationToken cancellationToken) =>
        Add(workloads, profiles, Task.Factory.StartNew(() => Observed(demand), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default), cancellationToken);

    /// <summary>
    /// A batch's hourly demand as the fleet's spend series reads it, each workload's weights in hour order
    /// (<see cref="FleetSpendBuilder.Observed"/>); empty when no commitment is sized. It reads nothing the builder changes,
    /// so a batch's is worked out on the thread that read the batch while the one before is evaluated.
    /// </summary>
    public IReadOnlyDictionary<string, List<(int Hour, double Weight)>> Observed(IEnumerable<FleetDemandHour> demand) =>
        commitments ? FleetSpendBuilder.Observed(hourCount, demand, _ => true) : new Dictionary<string, List<(int Hour, double Weight)>>(StringComparer.Ordinal);

    /// <summary>Evaluates one batch, its hourly demand given as <see cref="Observed"/> returned it.</summary>
    public void Add(IEnumerable<Workload> workloads, IReadOnlyDictionary<string, DemandProfile> profiles, IReadOnlyDictionary<string, List<(int Hour, double Weight)>> observed, CancellationToken cancellationToken) =>
        Add(workloads, profiles, Task.FromResult(observed), cancellationToken);

    // The batch evaluated while its demand's hours are grouped (observing): only adding the workloads' usage to the
    // fleet's series below waits for them.
    private void Add(IEnumerable<Workload> workloads, IReadOnlyDictionary<string, DemandProfile> profiles, Task<IReadOnlyDictionary<string, List<(int Hour, double Weight)>>> observing, CancellationToken cancellationToken)
    {
        var window = inputs.Window;
        var ordered = workloads.OrderBy(w => w.WorkloadId, StringComparer.Ordinal).ToArray();
        var results = new (Workload Priced, DemandProfile Profile, AnalysisSettings Settings, KeptEvaluation? Kept, WorkloadEvaluation Evaluation)[ordered.Length];

        // Workloads are priced independently (pure Core rules over read-only inputs), so on every core, with what the
        // fleet keeps of each worked out there too; the results keep the workloads' order, so the sums below add in
        // the same order whatever the scheduling.
        void EvaluateOne(int i)
        {
            var workload = ordered[i];
            var profile = profiles.GetValueOrDefault(workload.WorkloadId) ?? ProfileReader.Empty(workload.WorkloadId, window);
            if (variation.ProfileFor is { } vary)
            {
                profile = vary(workload, profile);
            }

            // A move prices the workload in its new region; its bill is the old region's, so it is not used there.
            var region = variation.RegionFor?.Invoke(workload);
            var moved = region is not null && !string.Equals(region, workload.Region, StringComparison.Ordinal);
            var asPriced = moved ? workload with { Region = region! } : workload;
            decimal? billed = !moved && inputs.Actual.TryGetValue(workload.WorkloadId, out var cost) ? cost : null;

            var own = variation.SettingsFor is { } settingsFor ? settingsFor(workload, settings) : settings;
            var evaluation = WorkloadEvaluator.Evaluate(asPriced, profile, prices, own, billed, DateOnly.FromDateTime(window.End));
            evaluation = variation.Choose is { } choose ? choose(workload, evaluation) : evaluation;

            // A Karpenter node is kept at Finish, once it has its share of its NodePool's advice.
            var kept = NodePoolFleetEvaluation.SizedOnItsHours(asPriced) ? null : Prepare(asPriced, profile, evaluation);
            results[i] = (asPriced, profile, own, kept, evaluation);
        }

        IReadOnlyDictionary<string, List<(int Hour, double Weight)>> observed;
        try
        {
            Parallel.For(0, ordered.Length, new ParallelOptions { CancellationToken = cancellationToken }, EvaluateOne);
            observed = observing.Result;
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            // One failure class per exception, as a sequential loop would throw it (a bad setting is a ConfigurationException).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        foreach (var (asPriced, profile, own, kept, evaluation) in results)
        {
            var id = asPriced.WorkloadId;
            priced[id] = asPriced;
            workloadSettings[id] = own;
            var hours = observed.TryGetValue(id, out var list) ? list : [];
            if (kept is null)
            {
                used[id] = profile;
                nodes.Add((asPriced, profile, evaluation, hours));
                continue;
            }

            Keep(kept, hours);
            used[id] = profile with { Hours = null };
        }
    }

    private KeptEvaluation Prepare(Workload asPriced, DemandProfile profile, WorkloadEvaluation evaluation) =>
        KeptEvaluation.Of(asPriced, profile, evaluation, prices, inputs.Window, commitments, OnChosenHours is not null);

    // A workload's evaluation kept, its usage added to the fleet's spend series and its chosen hours handed on.
    private void Keep(KeptEvaluation kept, IReadOnlyList<(int Hour, double Weight)> hours)
    {
        if (kept.Recommended is { } recommended)
        {
            recommendedSpend.Add(recommended, hours);
            Remember(recommended, recommendedKeys, seenRecommended);
        }

        if (kept.Current is { } current && currentSpend is not null)
        {
            currentSpend.Add(current, hours);
            Remember(current, currentKeys, seenCurrent);
        }

        if (OnChosenHours is { } sink && kept.ChosenHours is { } chosenHours)
        {
            sink(kept.Priced.WorkloadId, kept.Evaluation.Recommendation.Chosen, chosenHours);
        }

        evaluations.Add(kept.Evaluation);
    }

    // Each Karpenter NodePool sized as one fleet, and each of its nodes given its share of the pool's advice
    // (NodePoolShare), so the pool's dollars count once in the totals and the commitment is sized on the pool's fleet.
    private IReadOnlyList<NodePoolFleetEvaluation> ShareNodePools()
    {
        var pools = NodePoolFleetEvaluation.From(
            nodes.ToDictionary(n => n.Priced.WorkloadId, n => n.Priced, StringComparer.Ordinal),
            nodes.ToDictionary(n => n.Priced.WorkloadId, n => n.Profile, StringComparer.Ordinal),
            prices,
            inputs.Window,
            settings);
        var byId = nodes.ToDictionary(n => n.Priced.WorkloadId, n => n.Evaluation, StringComparer.Ordinal);
        foreach (var pool in pools)
        {
            foreach (var node in NodePoolShare.Apply([.. pool.NodeIds.Select(id => byId[id])], pool.Evaluation, pool.Pool))
            {
                byId[node.WorkloadId] = node;
            }
        }

        foreach (var (asPriced, profile, _, hours) in nodes)
        {
            Keep(Prepare(asPriced, profile, byId[asPriced.WorkloadId]), hours);
        }

        nodes.Clear();
        return pools;
    }

    /// <summary>
    /// The fleet after every batch: the Reserved Instances held applied first, as AWS applies them, at the (possibly
    /// what-if) catalog's on-demand rates; then the plans held and added; the commitment sized and shared back.
    /// </summary>
    public FleetEvaluation Finish()
    {
        var nodePools = ShareNodePools();
        var window = inputs.Window;
        var reserved = inputs.ReservedInstances.Select(r => ReservedInstanceRule.Use(r, prices, window)).ToList();
        var held = HeldCommitments.From(inputs.HeldPlans, window, settings.HeldSavingsPlanHourlyUsd)
            with { ReservedInstances = [.. reserved.Where(r => r.Applied is not null).Select(r => r.Applied!)] };
        held = held.Plus(variation.AddedPlans);
        var advice = commitments
            ? FleetSavingsPlans.Advise(window, recommendedSpend.Build(), currentSpend?.Build(), recommendedKeys.Concat(currentKeys), prices, settings, held)
            : null;

        // In the fleet's order whatever the batches (keys follow the store's collation, the engine's order is ordinal).
        IReadOnlyList<WorkloadEvaluation> all = [.. evaluations.OrderBy(e => e.WorkloadId, StringComparer.Ordinal)];
        if (advice is not null)
        {
            // A workload's commitment is its share of the fleet plan, so the exports' per-workload rows add up to it.
            var shares = advice.Shares();
            all = [.. all.Select(e => CommitmentShares.Apply(e, advice, shares))];
        }

        return new FleetEvaluation(settings, window, inputs.PriceAsOf, all, held, advice)
        {
            ReservedInstances = reserved,
            NodePools = nodePools,
            Workloads = priced,
            Inventory = inputs.Workloads,
            Profiles = used,
            Prices = prices,
            WorkloadSettings = workloadSettings,
        };
    }

    // The first rate seen per usage key, in workload order: the offers' rate ratios are taken against it.
    private static void Remember(FleetUsage usage, List<(string Key, decimal Price)> keys, HashSet<string> seen)
    {
        if (seen.Add(usage.Key))
        {
            keys.Add((usage.Key, usage.UsdPerUnitHour));
        }
    }
}
