using Analyzer.Analysis.Evaluation;
using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Settings;
using Analyzer.Core.Time;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>
/// Runs an analysis over the store: profiles every workload in scope with SQL, reads the price catalog as known at
/// the window's end, prices every option with the Core rules, chooses recommendations, optimizes the fleet's
/// Savings Plan commitment, and writes it all under one run id in one transaction.
/// Use as <c>new AnalysisEngine(store, time).Run(settings)</c>.
/// </summary>
public sealed class AnalysisEngine(Func<DuckDbConnection> connect, TimeProvider time)
{
    /// <summary>Over the store: each unit of work opens its own connection and closes it.</summary>
    public AnalysisEngine(AnalyzerStore store, TimeProvider time)
        : this((store ?? throw new ArgumentNullException(nameof(store))).Connect, time)
    {
    }

    /// <param name="windowEnd">
    /// Where the lookback ends (a UTC day boundary). Default: the start of today, or the day after the newest sample
    /// when the store's data ends earlier (a demo or an old export).
    /// </param>
    public AnalysisRun Run(AnalysisSettings settings, DateTime? windowEnd = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var started = time.GetUtcNow();
        var runId = $"{started.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..8]}";
        using var connection = connect();
        var result = Evaluate(connection, settings, windowEnd, EvaluationVariation.None, cancellationToken);
        var (window, evaluations, advice, held) = (result.Window, result.Evaluations, result.Commitments, result.Held);
        var profileRows = evaluations
            .Select(e => (result.Profiles[e.WorkloadId], InterruptionToleranceRule.Assess(result.Workloads[e.WorkloadId], result.Profiles[e.WorkloadId], settings.InterruptionToleranceTags)))
            .ToList();

        var fleetPlan = advice?.Plan;
        var savingsPlans = fleetPlan?.Results ?? [];
        var windowDays = (int)Math.Round(window.Hours / 24);
        var costExplorer = fleetPlan is null
            ? []
            : SavingsPlanComparer.Compare(SavingsPlanInputs.CostExplorer(connection, windowDays), fleetPlan, windowDays, held);

        var computeOptimizer = ComputeOptimizerComparisons.Compare(connection, result.Workloads, result.Profiles, evaluations, result.Prices, settings);
        var nodePools = result.NodePools;

        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(Queries.Get(Queries.InsertRun), new Dictionary<string, object?>
            {
                ["run_id"] = runId,
                ["started_at"] = started.UtcDateTime,
                ["finished_at"] = time.GetUtcNow().UtcDateTime,
                ["settings_json"] = AnalysisSettingsWriter.ToJson(settings),
                ["price_as_of"] = result.PriceAsOf,
                ["window_start"] = window.Start,
                ["window_end"] = window.End,
                ["workloads"] = evaluations.Count,
                ["recommended"] = evaluations.Count(e => e.Recommendation.Chosen.Family != OptionFamily.Current),
            });
            ResultWriter.Profiles(connection, runId, profileRows);
            ResultWriter.Options(connection, runId, evaluations);
            ResultWriter.Recommendations(connection, runId, evaluations, settings.RiskAppetite.ToString().ToLowerInvariant());
            ResultWriter.HourlyUnits(connection, runId, evaluations, result.Profiles);
            ResultWriter.SavingsPlans(connection, runId, savingsPlans);
            CommitmentAdviceWriter.Write(connection, runId, advice);
            ComputeOptimizerComparisons.Write(connection, runId, computeOptimizer);
            SavingsPlanComparisonWriter.Write(connection, runId, held, costExplorer);
            NodePoolFleetWriter.Write(connection, runId, nodePools);
            SavingsPlanComparisonWriter.WriteReservedInstances(connection, runId, result.ReservedInstances, held, advice);
            transaction.Commit();
        }

        return new AnalysisRun(runId, window, result.PriceAsOf, evaluations, savingsPlans) { ComputeOptimizer = computeOptimizer, HeldSavingsPlans = held, CostExplorerSavingsPlans = costExplorer, Commitments = advice };
    }

    /// <summary>
    /// The analysis in memory, without writing anything: every workload in scope evaluated, the fleet commitment sized.
    /// <paramref name="variation"/> changes the inputs as a what-if asks (<see cref="EvaluationVariation.None"/>: the analysis itself).
    /// </summary>
    public FleetEvaluation Evaluate(AnalysisSettings settings, DateTime? windowEnd = null, EvaluationVariation? variation = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        using var connection = connect();
        return Evaluate(connection, settings, windowEnd, variation ?? EvaluationVariation.None, cancellationToken);
    }

    /// <summary>
    /// Reads what an evaluation with <paramref name="settings"/> needs from the store (<see cref="FleetInputs"/>), so
    /// several evaluations over the same window (what-if scenarios side by side) read it once.
    /// </summary>
    /// <param name="moreRegions">Regions priced beyond those the fleet runs in (a what-if's moves).</param>
    public FleetInputs ReadInputs(AnalysisSettings settings, DateTime? windowEnd = null, IEnumerable<string>? moreRegions = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        using var connection = connect();
        return ReadInputs(connection, settings, windowEnd, moreRegions ?? []);
    }

    /// <summary>
    /// The analysis in memory over inputs already read; <paramref name="settings"/> must read the same inputs
    /// (<see cref="FleetInputs.Serves"/>), else it throws.
    /// </summary>
    public static FleetEvaluation Evaluate(FleetInputs inputs, AnalysisSettings settings, EvaluationVariation? variation = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (!inputs.Serves(settings))
        {
            throw new ArgumentException("The settings read other inputs (lookback, active-hour threshold, unit-of-work tag or scope differ): read them again.", nameof(settings));
        }

        return EvaluateInputs(inputs, settings, variation ?? EvaluationVariation.None, cancellationToken);
    }

    private FleetEvaluation Evaluate(DuckDbConnection connection, AnalysisSettings settings, DateTime? windowEnd, EvaluationVariation variation, CancellationToken cancellationToken) =>
        EvaluateInputs(ReadInputs(connection, settings, windowEnd, []), settings, variation, cancellationToken);

    private FleetInputs ReadInputs(DuckDbConnection connection, AnalysisSettings settings, DateTime? windowEnd, IEnumerable<string> moreRegions)
    {
        var window = Window(connection, windowEnd, time.GetUtcNow(), settings);
        var workloads = ProfileReader.Workloads(connection, settings).ToDictionary(w => w.WorkloadId, StringComparer.Ordinal);
        Dictionary<string, Core.Profiles.DemandProfile> profiles;
        List<Core.SavingsPlans.FleetDemandHour> demand;
        using (ProfileReader.StageWindow(connection, window))
        {
            (profiles, demand) = ProfileReader.Profiles(connection, window, settings, workloads);
        }

        var actual = ProfileReader.ActualMonthly(connection, window);
        // Only the regions priced in are read: the catalog holds 13 regions, a fleet usually runs in a few.
        var regions = workloads.Values.Select(w => w.Region).Concat(moreRegions).ToHashSet(StringComparer.Ordinal);
        var (prices, priceAsOf) = PriceBookReader.Read(connection, DateOnly.FromDateTime(window.End), regions);
        return new FleetInputs
        {
            Window = window,
            Workloads = workloads,
            Profiles = profiles,
            Demand = demand,
            Actual = actual,
            Prices = prices,
            PriceAsOf = priceAsOf,
            PriceRegions = regions,
            HeldPlans = SavingsPlanInputs.HeldPlans(connection),
            ReservedInstances = SavingsPlanInputs.ReservedInstances(connection),
            ReadWith = settings,
        };
    }

    private static FleetEvaluation EvaluateInputs(FleetInputs inputs, AnalysisSettings settings, EvaluationVariation variation, CancellationToken cancellationToken)
    {
        var window = inputs.Window;
        var prices = variation.Prices is { } scale ? scale(inputs.Prices).ToBook() : inputs.Book;
        var ordered = inputs.Workloads.Values.OrderBy(w => w.WorkloadId, StringComparer.Ordinal).ToArray();
        var results = new (Core.Workloads.Workload Priced, Core.Profiles.DemandProfile Profile, AnalysisSettings Settings, WorkloadEvaluation Evaluation)[ordered.Length];

        // Workloads are priced independently (pure Core rules over read-only inputs), so on every core; the results
        // keep the workloads' order, so the run is the same whatever the scheduling.
        void EvaluateOne(int i)
        {
            var workload = ordered[i];
            var profile = inputs.Profiles.GetValueOrDefault(workload.WorkloadId) ?? ProfileReader.Empty(workload.WorkloadId, window);
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
            results[i] = (asPriced, profile, own, variation.Choose is { } choose ? choose(workload, evaluation) : evaluation);
        }

        try
        {
            Parallel.For(0, ordered.Length, new ParallelOptions { CancellationToken = cancellationToken }, EvaluateOne);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            // One failure class per exception, as a sequential loop would throw it (a bad setting is a ConfigurationException).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        var evaluations = new List<WorkloadEvaluation>(ordered.Length);
        var priced = new Dictionary<string, Core.Workloads.Workload>(StringComparer.Ordinal);
        var used = new Dictionary<string, Core.Profiles.DemandProfile>(StringComparer.Ordinal);
        var workloadSettings = new Dictionary<string, AnalysisSettings>(StringComparer.Ordinal);
        foreach (var (asPriced, profile, own, evaluation) in results)
        {
            priced[asPriced.WorkloadId] = asPriced;
            used[asPriced.WorkloadId] = profile;
            workloadSettings[asPriced.WorkloadId] = own;
            evaluations.Add(evaluation);
        }

        // A Karpenter NodePool is sized as one fleet and each node takes its share of the pool's advice, so the pool's
        // dollars count once and the commitment below is sized on the pool's recommended fleet.
        var nodePools = NodePoolFleetEvaluation.From(priced, used, prices, window, settings);
        if (nodePools.Count > 0)
        {
            var byId = evaluations.ToDictionary(e => e.WorkloadId, StringComparer.Ordinal);
            var shared = new Dictionary<string, WorkloadEvaluation>(StringComparer.Ordinal);
            foreach (var pool in nodePools)
            {
                var nodes = pool.NodeIds.Select(id => byId[id]).ToList();
                foreach (var node in NodePoolShare.Apply(nodes, pool.Evaluation, pool.Pool))
                {
                    shared[node.WorkloadId] = node;
                }
            }

            evaluations = [.. evaluations.Select(e => shared.GetValueOrDefault(e.WorkloadId, e))];
        }

        // The RIs held are applied first, as AWS applies them, at the (possibly what-if) catalog's on-demand rates.
        var reserved = inputs.ReservedInstances.Select(r => ReservedInstanceRule.Use(r, prices, window)).ToList();
        var held = HeldCommitments.From(inputs.HeldPlans, window, settings.HeldSavingsPlanHourlyUsd)
            with { ReservedInstances = [.. reserved.Where(r => r.Applied is not null).Select(r => r.Applied!)] };
        held = held.Plus(variation.AddedPlans);
        var advice = settings.Allows(OptionFamily.SavingsPlan)
            ? FleetSavingsPlans.Advise(window, evaluations, priced, used, prices, settings, held, inputs.Demand, variation.RecommendedCommitmentOnly)
            : null;
        if (advice is not null)
        {
            // A workload's commitment is its share of the fleet plan, so the exports' per-workload rows add up to it.
            var shares = advice.Shares();
            evaluations = [.. evaluations.Select(e => CommitmentShares.Apply(e, advice, shares))];
        }

        return new FleetEvaluation(settings, window, inputs.PriceAsOf, evaluations, held, advice)
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

    // The lookback's whole days up to the end, cut to the hours the store holds data for.
    private static Period Window(DuckDbConnection connection, DateTime? windowEnd, DateTimeOffset now, AnalysisSettings settings)
    {
        DateTime? first = null, last = null;
        using (var reader = connection.ExecuteReader(Queries.Get(Queries.SampleSpan)))
        {
            if (reader.Read() && !reader.IsDBNull(0))
            {
                first = reader.GetDateTime(0);
                last = reader.GetDateTime(1);
            }
        }

        var end = windowEnd is { } e ? DateTime.SpecifyKind(e, DateTimeKind.Utc) : Period.LastWholeDays(now, 1).End;
        if (windowEnd is null && last is { } l && l.AddHours(1) < end)
        {
            end = DateTime.SpecifyKind(l.Date.AddDays(1), DateTimeKind.Utc);
        }

        var window = new Period(end.AddDays(-settings.LookbackDays), end);
        if (first is { } f && f > window.Start && f < window.End)
        {
            return new Period(DateTime.SpecifyKind(new DateTime(f.Year, f.Month, f.Day, f.Hour, 0, 0, DateTimeKind.Unspecified), DateTimeKind.Utc), window.End);
        }

        return window;
    }
}
