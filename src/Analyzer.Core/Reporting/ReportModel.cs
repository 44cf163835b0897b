namespace Analyzer.Core.Reporting;

/// <summary>
/// Everything a report shows, as immutable data: the analysis fills it (through <see cref="ReportModelFactory"/>,
/// which derives the summary sections so they agree with the rows) and each writer turns it into one format
/// without querying anything. Money is USD per month, rounded to cents.
/// </summary>
/// <param name="Workloads">Every analyzed workload with every option priced (the exports hold all of them).</param>
/// <param name="Recommendations">Workloads with a recommended option, biggest savings first (an upsizing has negative savings).</param>
/// <param name="Commitment">The fleet-level commitment advice, or null when none pays off.</param>
/// <param name="SpendHistory">Monthly spend by service over up to 12 months.</param>
/// <param name="CpuDistribution">The fleet's CPU p95 distribution in 10-point buckets.</param>
/// <param name="TeamTagKey">The tag key the per-team breakdown groups by (e.g. "team").</param>
/// <param name="MonthOverMonth">Changes since the previous run; null when there was none.</param>
public sealed record ReportModel(
    ReportCover Cover,
    ExecutiveSummary Summary,
    IReadOnlyList<WorkloadReport> Workloads,
    IReadOnlyList<WorkloadReport> Recommendations,
    CommitmentRecommendation? Commitment,
    IReadOnlyList<ServiceMonthSpend> SpendHistory,
    IReadOnlyList<HistogramBucket> CpuDistribution,
    string TeamTagKey,
    IReadOnlyList<BreakdownRow> ByAccount,
    IReadOnlyList<BreakdownRow> ByTeam,
    MonthOverMonth? MonthOverMonth,
    DataQualityReport DataQuality,
    Methodology Methodology)
{
    /// <summary>How much of the fleet Compute Optimizer covers and how often it agrees, from the workloads.</summary>
    public ComputeOptimizerCoverage ComputeOptimizerCoverage => ComputeOptimizerCoverage.Of(Workloads);

    /// <summary>How many EC2 instances Cost Explorer's rightsizing covers and how often it agrees.</summary>
    public ComputeOptimizerCoverage CostExplorerCoverage => ComputeOptimizerCoverage.Of(Workloads, ComputeOptimizer.AwsRecommender.CostExplorer);

    /// <summary>The bill month by month (from <see cref="SpendHistory"/>): totals, compute and the change between months.</summary>
    public IReadOnlyList<BillMonth> BillMonths => BillMonth.From(SpendHistory);

    /// <summary>The latest month of the bill, or null when the store holds no bill.</summary>
    public BillMonth? LatestBill => BillMonths.Count == 0 ? null : BillMonths[^1];

    /// <summary>The Savings Plans held and Cost Explorer's purchase recommendations beside <see cref="Commitment"/>.</summary>
    public CommitmentContext CommitmentContext { get; init; } = CommitmentContext.Empty;

    /// <summary>Active On-Demand Capacity Reservations and their unused capacity, a finding apart from the workloads' savings.</summary>
    public IReadOnlyList<CapacityReservationFinding> CapacityReservations { get; init; } = [];

    /// <summary>Dedicated Hosts held and how much of each is used, a finding apart from the workloads' savings.</summary>
    public IReadOnlyList<DedicatedHostFinding> DedicatedHosts { get; init; } = [];

    /// <summary>The idle capacity of the Dedicated Hosts, over the hosts that could be priced.</summary>
    public decimal DedicatedHostIdleMonthly => DedicatedHosts.Sum(h => h.MonthlyIdleCostUsd ?? 0m);

    /// <summary>What releasing the empty and consolidated hosts saves a month.</summary>
    public decimal DedicatedHostReleaseMonthly => DedicatedHosts.Sum(h => h.MonthlyReleaseSavingsUsd);

    /// <summary>Small steady Linux instances whose recommended option is a Lightsail bundle (their savings are in the workloads').</summary>
    public IReadOnlyList<Lightsail.LightsailFinding> Lightsail { get; init; } = [];

    /// <summary>What the Lightsail bundles save a month together beyond the cheapest options that stay on EC2.</summary>
    public decimal LightsailMonthlySavings => Lightsail.Sum(f => f.MonthlySavingsUsd);

    /// <summary>The Karpenter nodes' advice gathered per NodePool (<see cref="NodePoolAdvice.From"/>), for the NodePool's requirements.</summary>
    public IReadOnlyList<NodePoolAdvice> NodePools { get; init; } = [];

    /// <summary>The coverage table (<see cref="LandscapeCoverage"/>), the same rows README.md holds.</summary>
    public IReadOnlyList<CoverageEntry> Coverage { get; init; } = LandscapeCoverage.Entries;

    /// <summary>The unused reserved capacity's monthly cost, over the reservations that could be priced.</summary>
    public decimal CapacityReservationWasteMonthly => CapacityReservations.Sum(c => c.MonthlyWasteUsd ?? 0m);

    /// <summary>The what-if scenarios saved in the store (<c>analyzer whatif --save</c>), oldest first: each is its own section.</summary>
    public IReadOnlyList<SavedScenario> SavedScenarios { get; init; } = [];
}
