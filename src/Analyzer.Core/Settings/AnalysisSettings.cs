using Analyzer.Core.Options;
using Analyzer.Core.Profiles;

namespace Analyzer.Core.Settings;

/// <summary>
/// Everything the engine's choices depend on. Defaults follow AWS Compute Optimizer (14-day lookback, CPU
/// p99.5 with 20% headroom, memory maximum with 20% headroom). See docs/configuration.md for each key.
/// </summary>
public sealed record AnalysisSettings
{
    public const int MaxLookbackDays = 400;

    public int LookbackDays { get; init; } = 14;

    public CpuPercentile CpuPercentile { get; init; } = CpuPercentile.P99_5;

    public double CpuHeadroomPercent { get; init; } = 20;

    public double MemoryHeadroomPercent { get; init; } = 20;

    /// <summary>A workload whose CPU maximum over the window stays at or under this is idle (Cost Explorer uses 1%).</summary>
    public double IdleCpuMaxPercent { get; init; } = 1;

    /// <summary>An hour counts as active when its average CPU exceeds this percent.</summary>
    public double ActiveCpuThresholdPercent { get; init; } = 5;

    /// <summary>Fewer observed hours than this and no sizing option is offered (Compute Optimizer needs 30).</summary>
    public int MinimumHours { get; init; } = 30;

    /// <summary>
    /// Fewest instances or tasks a pooled workload (Auto Scaling group, ECS service) is sized to when it ran at
    /// least 2: one unit fewer than 2 would leave no spare for a failed unit or an Availability Zone outage.
    /// </summary>
    public int MinimumPooledUnits { get; init; } = 2;

    public RiskAppetite RiskAppetite { get; init; } = RiskAppetite.Balanced;

    public IReadOnlySet<OptionFamily> AllowedOptions { get; init; } = Enum.GetValues<OptionFamily>().ToHashSet();

    /// <summary>Tags ("key" or "key=value") that mark a workload as tolerant of interruption.</summary>
    public IReadOnlyList<string> InterruptionToleranceTags { get; init; } = ["analyzer:interruptible=true", "spot-ok=true", "spot=true"];

    /// <summary>
    /// Tags ("key" or "key=value") that mark a production workload: its fleets keep at least
    /// <see cref="MinimumPooledUnits"/> and, unless the appetite is aggressive, never drop to half their units in one step.
    /// </summary>
    public IReadOnlyList<string> ProductionTags { get; init; } = ["env=prod", "env=production", "environment=prod", "environment=production"];

    /// <summary>A recommendation must save at least this much a month (USD), else the workload is kept as is.</summary>
    public decimal MinimumMonthlySavingsUsd { get; init; } = 1m;

    /// <summary>A recommendation must save at least this percent of the current cost, else the workload is kept as is.</summary>
    public double MinimumSavingsPercent { get; init; } = 1;

    /// <summary>
    /// A burstable type is not offered when the workload's hourly average CPU stays above the type's baseline for this
    /// many consecutive hours or more: it would run on surplus credits for hours at a time.
    /// </summary>
    public int BurstableMaxHoursAboveBaseline { get; init; } = 2;

    /// <summary>Spot and Fargate Spot prices older than this (days before the window's end) lower an option's confidence.</summary>
    public int SpotPriceMaxAgeDays { get; init; } = 180;

    /// <summary>
    /// Instance families never offered as a rightsizing target: previous generations, which a current one beats on
    /// price or performance (Compute Optimizer recommends current generations only). The current type may be one.
    /// </summary>
    public IReadOnlyList<string> ExcludedInstanceFamilies { get; init; } =
        ["a1", "c1", "c3", "c4", "cr1", "d2", "g2", "g3", "g3s", "i2", "m1", "m2", "m3", "m4", "p2", "r3", "r4", "t1", "t2"];

    /// <summary>A tag whose value is the seconds one unit of work takes (for the Lambda fit test).</summary>
    public string UnitOfWorkTag { get; init; } = "analyzer:unit-of-work-seconds";

    /// <summary>Regions in scope; empty means all.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Account ids in scope; empty means all.</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];

    /// <summary>Points on each Savings Plan savings curve.</summary>
    public int SavingsPlanCurvePoints { get; init; } = 40;

    /// <summary>
    /// The knee rule: the fleet commitment recommended is the smallest whose net savings are within this share of the
    /// most any commitment saves (0.02 = 2%), not the far end of a flat curve. 0 recommends the maximum.
    /// </summary>
    public decimal SavingsPlanKneeShare { get; init; } = 0.02m;

    /// <summary>
    /// The share of hours a family's usage in a region must be present in for the commitment portfolio to cover it with
    /// Standard Reserved Instances (its steady base); the rest is left to the Compute Savings Plan. 0 leaves RIs uncapped.
    /// </summary>
    public decimal ReservedInstanceSteadyShare { get; init; } = SavingsPlans.CommitmentPortfolioOptimizer.SteadyShareOfHours;

    /// <summary>
    /// Compute Savings Plan commitment already held, USD per hour; the fleet optimizer only recommends buying more than this.
    /// Null (not given): the Compute Savings Plans held are read from the bill (savings_plans_held). Given, it replaces
    /// the bill's Compute Savings Plan amount; EC2 Instance Savings Plans held still come from the bill.
    /// </summary>
    public decimal? HeldSavingsPlanHourlyUsd { get; init; }

    public double CpuHeadroomFactor => 1 + (CpuHeadroomPercent / 100);

    public double MemoryHeadroomFactor => 1 + (MemoryHeadroomPercent / 100);

    public bool Allows(OptionFamily family) => AllowedOptions.Contains(family);

    /// <summary>Whether the workload carries one of <see cref="ProductionTags"/>.</summary>
    public bool IsProduction(Workloads.Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return ProductionTags.Any(tag => Workloads.TagMatch.Has(workload.Tags, tag));
    }

    /// <summary>The least a recommendation must save on a current cost to be worth acting on.</summary>
    public decimal MinimumSavingsFor(decimal currentMonthlyCost) =>
        Math.Max(MinimumMonthlySavingsUsd, currentMonthlyCost * (decimal)MinimumSavingsPercent / 100);

    /// <summary>Why a profile has too little data to size from, or null when it has enough.</summary>
    public string? InsufficientDataReason(DemandProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.HoursObserved < MinimumHours ? $"only {profile.HoursObserved} hours of data; need {MinimumHours}" : null;
    }

    public bool InScope(string accountId, string region) =>
        (Accounts.Count == 0 || Accounts.Contains(accountId)) && (Regions.Count == 0 || Regions.Contains(region));

    /// <summary>Throws a <see cref="ConfigurationException"/> naming the first key whose value is out of range.</summary>
    public AnalysisSettings Validate()
    {
        Require(LookbackDays is >= 1 and <= MaxLookbackDays, "lookbackDays", $"must be 1 to {MaxLookbackDays} days, got {LookbackDays}.");
        Require(CpuHeadroomPercent is >= 0 and <= 100, "cpuHeadroomPercent", $"must be 0 to 100, got {CpuHeadroomPercent}.");
        Require(MemoryHeadroomPercent is >= 0 and <= 100, "memoryHeadroomPercent", $"must be 0 to 100, got {MemoryHeadroomPercent}.");
        Require(IdleCpuMaxPercent is >= 0 and <= 100, "idleCpuMaxPercent", $"must be 0 to 100, got {IdleCpuMaxPercent}.");
        Require(ActiveCpuThresholdPercent is >= 0 and <= 100, "activeCpuThresholdPercent", $"must be 0 to 100, got {ActiveCpuThresholdPercent}.");
        Require(MinimumHours >= 1, "minimumHours", $"must be at least 1, got {MinimumHours}.");
        Require(MinimumPooledUnits is >= 1 and <= 100, "minimumPooledUnits", $"must be 1 to 100, got {MinimumPooledUnits}.");
        Require(SavingsPlanCurvePoints is >= 2 and <= 1000, "savingsPlanCurvePoints", $"must be 2 to 1000, got {SavingsPlanCurvePoints}.");
        Require(SavingsPlanKneeShare is >= 0 and <= 0.5m, "savingsPlanKneeShare", $"must be 0 to 0.5, got {SavingsPlanKneeShare}.");
        Require(ReservedInstanceSteadyShare is >= 0 and <= 1m, "reservedInstanceSteadyShare", $"must be 0 to 1, got {ReservedInstanceSteadyShare}.");
        Require(HeldSavingsPlanHourlyUsd is null or (>= 0 and <= 5000), "heldSavingsPlanHourlyUsd", $"must be 0 to 5000 USD per hour, got {HeldSavingsPlanHourlyUsd}.");
        Require(AllowedOptions.Contains(OptionFamily.Current), "allowedOptions", "must include \"current\": savings are measured against it.");
        Require(!string.IsNullOrWhiteSpace(UnitOfWorkTag), "unitOfWorkTag", "must not be empty.");
        Require(MinimumMonthlySavingsUsd is >= 0 and <= 1_000_000, "minimumMonthlySavingsUsd", $"must be 0 to 1000000 USD, got {MinimumMonthlySavingsUsd}.");
        Require(MinimumSavingsPercent is >= 0 and <= 100, "minimumSavingsPercent", $"must be 0 to 100, got {MinimumSavingsPercent}.");
        Require(BurstableMaxHoursAboveBaseline is >= 1 and <= 10_000, "burstableMaxHoursAboveBaseline", $"must be 1 to 10000 hours, got {BurstableMaxHoursAboveBaseline}.");
        Require(SpotPriceMaxAgeDays is >= 1 and <= 3650, "spotPriceMaxAgeDays", $"must be 1 to 3650 days, got {SpotPriceMaxAgeDays}.");
        foreach (var tag in InterruptionToleranceTags)
        {
            Require(!string.IsNullOrWhiteSpace(tag) && !tag.StartsWith('='), "interruptionToleranceTags", $"'{tag}' is not \"key\" or \"key=value\".");
        }

        foreach (var tag in ProductionTags)
        {
            Require(!string.IsNullOrWhiteSpace(tag) && !tag.StartsWith('='), "productionTags", $"'{tag}' is not \"key\" or \"key=value\".");
        }

        return this;
    }

    private static void Require(bool condition, string key, string message)
    {
        if (!condition)
        {
            throw new ConfigurationException(key, message);
        }
    }
}
