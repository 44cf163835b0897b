using Analyzer.Core.Pricing;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Settings;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Analysis.Evaluation;

/// <summary>
/// What an evaluation reads from the store before it prices anything: the window, the inventory in scope, each
/// workload's demand profile and hourly demand, the billed costs, the price catalog's rows and the plans held. Read
/// once (<see cref="AnalysisEngine.ReadInputs(Core.Settings.AnalysisSettings, DateTime?, IEnumerable{string}?, bool)"/>), they serve every what-if scenario whose settings shape them the
/// same way (<see cref="Serves"/>), so several scenarios side by side read the store once.
/// </summary>
public sealed record FleetInputs
{
    private PriceBook? book;

    public required Period Window { get; init; }

    /// <summary>The workloads in scope, by id.</summary>
    public required IReadOnlyDictionary<string, Workload> Workloads { get; init; }

    /// <summary>Demand profiles of the workloads with samples in the window.</summary>
    public required IReadOnlyDictionary<string, DemandProfile> Profiles { get; init; }

    /// <summary>Each hour's demand weight per workload, which the fleet's commitment series spreads options over.</summary>
    public required IReadOnlyList<FleetDemandHour> Demand { get; init; }

    /// <summary>
    /// False when <see cref="Profiles"/> and <see cref="Demand"/> were not read (they are read a batch at a time by
    /// <see cref="AnalysisEngine.EvaluateInBatches"/>, and are empty here).
    /// </summary>
    public bool ProfilesRead { get; init; } = true;

    /// <summary>Billed compute cost per workload, scaled to a month.</summary>
    public required IReadOnlyDictionary<string, decimal> Actual { get; init; }

    /// <summary>The catalog as known at the window's end, before a scenario scales it.</summary>
    public required PriceCatalogRows Prices { get; init; }

    /// <summary>The catalog's rows indexed for the evaluators, built once (a scenario that scales prices builds its own).</summary>
    public PriceBook Book => book ??= Prices.ToBook();

    /// <summary>The regions <see cref="Prices"/> holds (the fleet's, and any a what-if moved to when they were read).</summary>
    public required IReadOnlySet<string> PriceRegions { get; init; }

    /// <summary>Newest as_of of the EC2 prices; null when the catalog is empty.</summary>
    public required DateOnly? PriceAsOf { get; init; }

    /// <summary>The Savings Plans on the bill.</summary>
    public required IReadOnlyList<HeldPlan> HeldPlans { get; init; }

    /// <summary>The Reserved Instances held (DescribeReservedInstances), whether or not they apply.</summary>
    public IReadOnlyList<Core.Collection.ReservedInstance> ReservedInstances { get; init; } = [];

    /// <summary>The settings these inputs were read with (only the keys in <see cref="Serves"/> shape them).</summary>
    public required AnalysisSettings ReadWith { get; init; }

    /// <summary>
    /// True when evaluating with <paramref name="settings"/> reads exactly these inputs: the same lookback (the window),
    /// active-hour threshold and unit-of-work tag (the profiles), and scope (the inventory).
    /// </summary>
    public bool Serves(AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.LookbackDays == ReadWith.LookbackDays
            && settings.ActiveCpuThresholdPercent.Equals(ReadWith.ActiveCpuThresholdPercent)
            && string.Equals(settings.UnitOfWorkTag, ReadWith.UnitOfWorkTag, StringComparison.Ordinal)
            && settings.Regions.SequenceEqual(ReadWith.Regions, StringComparer.Ordinal)
            && settings.Accounts.SequenceEqual(ReadWith.Accounts, StringComparer.Ordinal);
    }
}
