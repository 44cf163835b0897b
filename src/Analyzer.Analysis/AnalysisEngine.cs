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

    /// <summary>
    /// Workloads read and evaluated together by <see cref="Run"/>: their hourly series are held at once (about 720
    /// hours each for a 30-day lookback), so this bounds the run's memory; the result does not depend on it.
    /// </summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>The default <see cref="BatchSize"/>: at 720 hours each, about 3 million hourly rows held at once.</summary>
    public const int DefaultBatchSize = 4096;

    /// <summary>Called with a batch's index once it is evaluated (a test interrupts a run there).</summary>
    internal Action<int>? BatchEvaluated { get; init; }

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
        var result = RunInBatches(connection, settings, windowEnd, cancellationToken);
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
            ResultWriter.InsertHourlyUnits(connection, runId);
            ResultWriter.SavingsPlans(connection, runId, savingsPlans);
            CommitmentAdviceWriter.Write(connection, runId, advice);
            ComputeOptimizerComparisons.Write(connection, runId, computeOptimizer);
            SavingsPlanComparisonWriter.Write(connection, runId, held, costExplorer);
            NodePoolFleetWriter.Write(connection, runId, result.NodePools);
            SavingsPlanComparisonWriter.WriteReservedInstances(connection, runId, result.ReservedInstances, held, advice, evaluations);
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
    /// <param name="withProfiles">
    /// False: everything but the demand profiles and hourly demand (<see cref="FleetInputs.ProfilesRead"/> false), for
    /// <see cref="EvaluateInBatches"/>, which reads them a batch at a time; <see cref="WithProfiles"/> adds them later.
    /// </param>
    public FleetInputs ReadInputs(AnalysisSettings settings, DateTime? windowEnd = null, IEnumerable<string>? moreRegions = null, bool withProfiles = true)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        using var connection = connect();
        return ReadInputs(connection, settings, windowEnd, moreRegions ?? [], withProfiles);
    }

    /// <summary>Inputs read without profiles, with every workload's demand profile and hourly demand added (held at once).</summary>
    public FleetInputs WithProfiles(FleetInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.ProfilesRead)
        {
            return inputs;
        }

        using var connection = connect();
        using (ProfileReader.StageWindow(connection, inputs.Window))
        {
            var (profiles, demand) = ProfileReader.Profiles(connection, inputs.Window, inputs.ReadWith, inputs.Workloads);
            return inputs with { Profiles = profiles, Demand = demand, ProfilesRead = true };
        }
    }

    /// <summary>
    /// The analysis in memory, a <see cref="BatchSize"/> of workloads at a time: each batch's profiles and hourly
    /// demand read from the store, evaluated and dropped before the next, so memory follows the batch rather than the
    /// fleet (a what-if over 100,000 workloads). The result equals <see cref="Evaluate(FleetInputs, AnalysisSettings, EvaluationVariation?, CancellationToken)"/>
    /// over the whole fleet. <paramref name="inputs"/> may be read without profiles; <paramref name="settings"/> must read the same inputs.
    /// </summary>
    public FleetEvaluation EvaluateInBatches(FleetInputs inputs, AnalysisSettings settings, EvaluationVariation? variation = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (!inputs.Serves(settings))
        {
            throw new ArgumentException("The settings read other inputs (lookback, active-hour threshold, unit-of-work tag or scope differ): read them again.", nameof(settings));
        }

        using var connection = connect();
        var fleet = new FleetEvaluationBuilder(inputs, settings, variation ?? EvaluationVariation.None);
        AddInBatches(connection, fleet, inputs, settings, () => { }, cancellationToken);
        return fleet.Finish();
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

        if (!inputs.ProfilesRead)
        {
            throw new ArgumentException("The inputs were read without profiles: use EvaluateInBatches, or WithProfiles first.", nameof(inputs));
        }

        return EvaluateInputs(inputs, settings, variation ?? EvaluationVariation.None, cancellationToken);
    }

    private FleetEvaluation Evaluate(DuckDbConnection connection, AnalysisSettings settings, DateTime? windowEnd, EvaluationVariation variation, CancellationToken cancellationToken) =>
        EvaluateInputs(ReadInputs(connection, settings, windowEnd, []), settings, variation, cancellationToken);

    private FleetInputs ReadInputs(DuckDbConnection connection, AnalysisSettings settings, DateTime? windowEnd, IEnumerable<string> moreRegions, bool withProfiles = true)
    {
        var window = Window(connection, windowEnd, time.GetUtcNow(), settings);
        var workloads = ProfileReader.Workloads(connection, settings).ToDictionary(w => w.WorkloadId, StringComparer.Ordinal);
        Dictionary<string, Core.Profiles.DemandProfile> profiles = new(StringComparer.Ordinal);
        List<Core.SavingsPlans.FleetDemandHour> demand = [];
        if (withProfiles)
        {
            using (ProfileReader.StageWindow(connection, window))
            {
                (profiles, demand) = ProfileReader.Profiles(connection, window, settings, workloads);
            }
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
            ProfilesRead = withProfiles,
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
        var fleet = new FleetEvaluationBuilder(inputs, settings, variation);
        fleet.Add(inputs.Workloads.Values, inputs.Profiles, inputs.Demand, cancellationToken);
        return fleet.Finish();
    }

    // The analysis of a run, a batch of workloads at a time (EvaluateInBatches), with the chosen options' hourly units
    // staged for option_hourly_units as each batch is evaluated.
    private FleetEvaluation RunInBatches(DuckDbConnection connection, AnalysisSettings settings, DateTime? windowEnd, CancellationToken cancellationToken)
    {
        var inputs = ReadInputs(connection, settings, windowEnd, [], withProfiles: false);
        ResultWriter.CreateHourlyUnitsStage(connection);
        var chosenHours = new List<(string, string, IReadOnlyList<DateTime>, IReadOnlyList<int>)>();
        var fleet = new FleetEvaluationBuilder(inputs, settings, EvaluationVariation.None)
        {
            OnChosenHours = (id, option, hours) => chosenHours.Add((id, option.Option, hours.Hours, hours.Units)),
        };
        void StageBatch()
        {
            ResultWriter.StageHourlyUnits(connection, chosenHours);
            chosenHours.Clear();
        }

        AddInBatches(connection, fleet, inputs, settings, StageBatch, cancellationToken);

        // Karpenter nodes are kept at the end, with their NodePool's shares: their chosen hours are staged then.
        var result = fleet.Finish();
        StageBatch();
        return result;
    }

    // Each batch's profiles and hourly series read, evaluated and dropped before the next, the next batch read while
    // one is evaluated (ReadAhead). betweenReads runs once a batch is read and before the next read starts (the only
    // time the caller may use the connection): after a batch's evaluation, when the read of the one after it is done.
    private void AddInBatches(DuckDbConnection connection, FleetEvaluationBuilder fleet, FleetInputs inputs, AnalysisSettings settings, Action betweenReads, CancellationToken cancellationToken)
    {
        using (ProfileReader.StageWindow(connection, inputs.Window))
        {
            var ids = ProfileReader.WorkloadKeys(connection, inputs.Workloads);
            var batches = ProfileReader.Batches(ids, BatchSize);
            var evaluated = new HashSet<string>(StringComparer.Ordinal);
            // The reading thread also groups the batch's demand by workload, which the evaluation would otherwise do alone.
            using (var reads = new ReadAhead<(List<Core.Workloads.Workload> Workloads, Dictionary<string, Core.Profiles.DemandProfile> Profiles, IReadOnlyDictionary<string, List<(int Hour, double Weight)>> Observed)>(
                batches.Count,
                i =>
                {
                    var (profiles, demand) = ProfileReader.Profiles(connection, inputs.Window, settings, inputs.Workloads, ids, batches[i]);
                    return (ids[batches[i].From..(batches[i].To + 1)].OfType<string>().Select(id => inputs.Workloads[id]).ToList(), profiles, fleet.Observed(demand));
                }))
            {
                for (var batch = 0; reads.More; batch++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (workloads, profiles, observed) = reads.Take();
                    betweenReads();
                    cancellationToken.ThrowIfCancellationRequested();
                    reads.Prefetch();
                    fleet.Add(workloads, profiles, observed, cancellationToken);
                    evaluated.UnionWith(workloads.Select(w => w.WorkloadId));
                    BatchEvaluated?.Invoke(batch);
                }
            }

            // Every workload in scope has a key; any without one is still evaluated (with no samples).
            if (evaluated.Count < inputs.Workloads.Count)
            {
                fleet.Add(inputs.Workloads.Values.Where(w => !evaluated.Contains(w.WorkloadId)), new Dictionary<string, Core.Profiles.DemandProfile>(), Array.Empty<FleetDemandHour>(), cancellationToken);
            }
        }
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
