using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>The fixed vocabulary the demo organisation is drawn from: accounts, teams, apps and instance types.</summary>
internal static class DemoCatalog
{
    public static IReadOnlyList<Account> Accounts { get; } =
    [
        new("318274659012", "prod"),
        new("604193728451", "staging"),
        new("927461035582", "shared-services"),
    ];

    /// <summary>Share of workloads in each of <see cref="Accounts"/>.</summary>
    public static IReadOnlyList<double> AccountWeights { get; } = [0.5, 0.3, 0.2];

    /// <summary>Share of workloads in each of <see cref="DemoRegion.All"/>.</summary>
    public static IReadOnlyList<double> RegionWeights { get; } = [0.7, 0.3];

    public static IReadOnlyList<(string Team, string[] Apps)> Teams { get; } =
    [
        ("platform", ["gateway", "ci-runners", "monitoring", "bastion", "service-mesh"]),
        ("payments", ["checkout", "billing", "ledger", "fraud-check"]),
        ("search", ["catalog", "search-indexer", "recommendations"]),
        ("data", ["etl", "reporting", "analytics", "media-transcode"]),
        ("growth", ["notifications", "campaigns", "web-frontend"]),
        ("identity", ["auth", "user-profile", "sessions"]),
    ];

    public static IReadOnlyList<string> Roles(DemoPattern pattern) => pattern switch
    {
        DemoPattern.Steady => ["api", "worker", "service"],
        DemoPattern.IdleZombie => ["legacy", "test", "old", "poc"],
        DemoPattern.BusinessHours => ["admin", "internal", "portal"],
        DemoPattern.NightlyBatch => ["batch", "nightly", "export"],
        DemoPattern.SpikyApi => ["api", "edge", "webhook"],
        DemoPattern.MemoryBound => ["cache", "jvm", "index"],
        DemoPattern.OverProvisioned => ["app", "proxy", "backend"],
        DemoPattern.UnderProvisioned => ["worker", "render", "encoder"],
        DemoPattern.LambdaHighVolume => ["handler", "authorizer", "stream-consumer"],
        DemoPattern.LambdaLowVolume => ["hook", "cron", "notifier"],
        DemoPattern.LambdaLongRunning => ["report-builder", "backfill", "export"],
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown demo pattern."),
    };

    /// <summary>Instance types for EC2 instances and Auto Scaling groups of each pattern.</summary>
    public static IReadOnlyList<string> InstanceTypes(DemoPattern pattern) => pattern switch
    {
        DemoPattern.Steady => ["m5.large", "m5.xlarge", "m6i.large", "m6g.large", "m7g.large", "c5.large", "c5.xlarge", "c6i.large", "c6g.large", "c7g.large", "t3.large", "t3a.large"],
        DemoPattern.IdleZombie => ["t3.micro", "t3.small", "t3.medium", "t3a.medium", "t4g.small", "m5.large", "m5.xlarge"],
        DemoPattern.BusinessHours => ["t3.medium", "t3.large", "t3a.large", "t4g.medium", "t4g.large", "m5.large", "m5.xlarge", "m6i.large", "m6g.xlarge", "c5.large"],
        DemoPattern.NightlyBatch => ["c5.xlarge", "c5.2xlarge", "c6i.xlarge", "c6g.xlarge", "c7g.xlarge", "m5.xlarge", "m5.2xlarge", "m7g.xlarge"],
        DemoPattern.SpikyApi => ["t3.medium", "t3.large", "t4g.large", "m5.large", "m6i.large", "c5.large", "c6g.large"],
        DemoPattern.MemoryBound => ["r5.large", "r5.xlarge", "r5.2xlarge", "r6i.large", "r6i.xlarge", "r6g.large", "r6g.xlarge", "m5.xlarge"],
        DemoPattern.OverProvisioned => ["m5.2xlarge", "m5.4xlarge", "m6i.2xlarge", "m6i.xlarge", "c5.2xlarge", "r5.2xlarge"],
        DemoPattern.UnderProvisioned => ["t3.small", "t3.medium", "t3a.medium", "t4g.medium", "c5.large", "c6g.large", "m5.large"],
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "No instance types for this pattern."),
    };

    /// <summary>Container instance types of ECS services on the EC2 launch type.</summary>
    public static IReadOnlyList<string> ContainerInstanceTypes { get; } =
        ["m5.large", "m5.xlarge", "m6i.xlarge", "m6g.large", "c5.xlarge", "c6g.xlarge", "r5.large", "r6g.large"];

    /// <summary>Valid Fargate task sizes (vCPU, GB).</summary>
    public static IReadOnlyList<(double Vcpu, double MemoryGb)> FargateSizes { get; } =
        [(0.25, 0.5), (0.5, 1), (0.5, 2), (1, 2), (1, 4), (2, 4), (2, 8), (4, 8), (4, 16)];

    public static IReadOnlyList<int> LambdaMemoryMb { get; } = [128, 256, 512, 1024, 1536, 2048, 3008];

    /// <summary>Every instance type the demo can launch, so a caller can give the price book just these.</summary>
    public static IReadOnlyList<string> AllInstanceTypes { get; } =
        Enum.GetValues<DemoPattern>()
            .Where(p => p < DemoPattern.LambdaHighVolume)
            .SelectMany(InstanceTypes)
            .Concat(ContainerInstanceTypes)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
