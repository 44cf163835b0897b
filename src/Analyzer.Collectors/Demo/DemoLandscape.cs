using Analyzer.Core.Collection;
using Analyzer.Core.Costs;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// Turns a few of the demo's workloads into the rest of the landscape, so the report shows each: a Windows instance,
/// a dedicated-tenancy one, an EKS managed node group, Karpenter nodes, an AWS Batch compute environment and an
/// Elastic Beanstalk environment; two Lambda functions with a memory metric (one standing for Lambda Insights'
/// memory_utilization, one for the REPORT lines read with the opt-in Logs Insights query: the store holds the same
/// hourly percents either way), so memory rightsizing shows; and the organisation's On-Demand Capacity Reservations, one never used and one
/// partly used. Chosen by pattern and order, without drawing from the random stream, so every other workload stays
/// as generated. The demo's bill prices every instance-hour at the catalog's Linux rate (it has no other), so the
/// Windows instance's bill is understated; the analysis uses no Linux price for it.
/// </summary>
internal static class DemoLandscape
{
    public static void Apply(List<DemoWorkload> workloads)
    {
        Change(workloads, w => Is(w, WorkloadKind.Ec2Instance, DemoPattern.Steady), 0, w => w with { Platform = Ec2Platforms.Windows });
        Change(workloads, w => Is(w, WorkloadKind.Ec2Instance, DemoPattern.Steady), 1, w => w with { Tenancy = Ec2Platforms.DedicatedTenancy });
        Change(workloads, w => Is(w, WorkloadKind.Ec2Instance, DemoPattern.OverProvisioned), 0, w => Tagged(w,
            ("karpenter.sh/nodepool", "general"), ("karpenter.sh/nodeclaim", "general-7xk2p"), ("kubernetes.io/cluster/" + Cluster(w), "owned")));
        Change(workloads, w => Is(w, WorkloadKind.AutoScalingGroup, DemoPattern.Steady), 0, w => Tagged(w,
            ("eks:cluster-name", Cluster(w)), ("eks:nodegroup-name", "ng-general"), ("kubernetes.io/cluster/" + Cluster(w), "owned")));
        Change(workloads, w => Is(w, WorkloadKind.AutoScalingGroup, DemoPattern.NightlyBatch), 0, w => Tagged(w,
            ("aws:batch:compute-environment", "etl-spot-ce"), ("AWSBatchServiceTag", "batch")));
        Change(workloads, w => Is(w, WorkloadKind.AutoScalingGroup, DemoPattern.BusinessHours), 0, w => Tagged(w,
            ("elasticbeanstalk:environment-name", "shop-web-prod"), ("elasticbeanstalk:environment-id", "e-3kq9demo1")));
        RemembersMemory(workloads, 0, memoryBase: 22);
        RemembersMemory(workloads, 1, memoryBase: 31);
        OnEksFargate(workloads, count: 3);
    }

    /// <summary>
    /// Moves <paramref name="count"/> x86_64 ECS services on Fargate of one account and region into one EKS cluster's
    /// Fargate pods (one Deployment each, its pods' requests the service's task size), as
    /// <see cref="CloudWatch.EksFargatePodCollector"/> would read them from Container Insights. A pod requesting a
    /// whole Fargate size is billed the next one up (256 MB are added), which the demo's bill shows.
    /// </summary>
    private static void OnEksFargate(List<DemoWorkload> workloads, int count)
    {
        static bool Movable(DemoWorkload w) => w.Workload.Kind == WorkloadKind.EcsService && w.Workload.LaunchType == "FARGATE"
            && w.Workload.Architecture == "x86_64" && w.Workload.Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        var place = workloads.Where(Movable).GroupBy(w => (w.Workload.AccountId, w.Workload.Region))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.AccountId, StringComparer.Ordinal).ThenBy(g => g.Key.Region, StringComparer.Ordinal).First();
        var cluster = Cluster(place.First().Workload);
        foreach (var index in workloads.Select((w, i) => (w, i)).Where(p => Movable(p.w) && (p.w.Workload.AccountId, p.w.Workload.Region) == place.Key).Take(count).Select(p => p.i).ToList())
        {
            var w = workloads[index].Workload;
            var ns = w.Tags.GetValueOrDefault("team", "default");
            var name = $"{cluster}/{ns}/{w.Name}";
            var pod = Tagged(w, ("Name", name)) with
            {
                WorkloadId = $"{CloudWatch.EksFargatePodCollector.IdPrefix}{w.Region}:{w.AccountId}:{name}",
                Kind = WorkloadKind.EksFargatePod,
                Name = name,
            };
            workloads[index] = workloads[index] with { Workload = pod };
        }
    }

    /// <summary>
    /// One reservation of a type no demo workload runs in its account and region (never used: release), and one of
    /// three slots for a steady instance that alone runs its type in its account and region (one used every hour it runs: reduce).
    /// </summary>
    public static IReadOnlyList<CapacityReservation> Reservations(IReadOnlyList<DemoWorkload> workloads, DateTime windowEnd)
    {
        // A steady instance whose type nothing else runs in its account and region, so it alone uses the reservation.
        var ec2 = workloads.Select(w => w.Workload).Where(w => w.Kind is WorkloadKind.Ec2Instance or WorkloadKind.AutoScalingGroup).ToList();
        var steady = ec2.First(w => w.Kind == WorkloadKind.Ec2Instance && w.Platform == Ec2Platforms.Linux
            && w.Tenancy == Ec2Platforms.SharedTenancy && w.Tags.GetValueOrDefault(DemoPatterns.Tag) == DemoPatterns.Name(DemoPattern.Steady)
            && ec2.Count(o => o.AccountId == w.AccountId && o.Region == w.Region && o.InstanceType == w.InstanceType) == 1);
        var start = windowEnd.AddDays(-120);
        var unusedType = "m6i.4xlarge";
        if (workloads.Any(w => w.Workload.AccountId == steady.AccountId && w.Workload.Region == steady.Region && w.Workload.InstanceType == unusedType))
        {
            throw new InvalidOperationException($"A demo workload runs {unusedType}: the unused reservation would be used.");
        }

        return
        [
            new("cr-0d1e2f3a4b5c6d7e8", steady.AccountId, steady.Region, steady.Region + "a", unusedType, Ec2Platforms.Linux, Ec2Platforms.SharedTenancy,
                2, 2, "active", "open", start, null),
            new("cr-0a9b8c7d6e5f4a3b2", steady.AccountId, steady.Region, steady.Region + "b", steady.InstanceType!, Ec2Platforms.Linux, Ec2Platforms.SharedTenancy,
                3, 2, "active", "open", start, null),
        ];
    }

    /// <summary>A busy function of 1 GB or more gets hourly memory percents around <paramref name="memoryBase"/>.</summary>
    private static void RemembersMemory(List<DemoWorkload> workloads, int skip, double memoryBase)
    {
        var index = workloads.Select((w, i) => (w, i))
            .Where(p => p.w.Workload.Kind == WorkloadKind.LambdaFunction && p.w.Profile.Pattern == DemoPattern.LambdaHighVolume
                && p.w.Workload.LambdaMemoryMb >= 1024 && !p.w.Workload.Name.Contains('<', StringComparison.Ordinal) && !p.w.Workload.Name.Contains('\'', StringComparison.Ordinal))
            .Skip(skip).Select(p => p.i).First();
        workloads[index] = workloads[index] with { Profile = workloads[index].Profile with { MemoryBase = memoryBase } };
    }

    /// <summary>The demo bill's rate per m5 Dedicated Host-hour (the demo's own figure, in its HostUsage lines).</summary>
    public const decimal HostUsdPerHour = 5.069m;

    /// <summary>
    /// Two m5.large Dedicated Hosts (48 slots each) in one zone, 12 and 6 instances placed: 18 fit on one host, so the
    /// lighter one is consolidated and released. In the account and region of <see cref="Reservations"/>' steady instance.
    /// </summary>
    public static IReadOnlyList<DedicatedHost> Hosts(IReadOnlyList<DemoWorkload> workloads, DateTime windowEnd)
    {
        var steady = Reservations(workloads, windowEnd)[1];
        return
        [
            new("h-0a1b2c3d4e5f60718", steady.AccountId, steady.Region, steady.Region + "a", "m5", "m5.large", "available", 96, null, 12, 48, 36, "on", windowEnd.AddDays(-200)),
            new("h-0f9e8d7c6b5a49382", steady.AccountId, steady.Region, steady.Region + "a", "m5", "m5.large", "available", 96, null, 6, 48, 42, "off", windowEnd.AddDays(-200)),
        ];
    }

    /// <summary>The hosts' daily HostUsage lines in the bill: 24 host-hours a host at <see cref="HostUsdPerHour"/>.</summary>
    public static IEnumerable<CostLine> HostCostLines(IReadOnlyList<DedicatedHost> hosts, string accountId, Period window)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        foreach (var group in hosts.Where(h => h.AccountId == accountId).GroupBy(h => (h.Region, h.InstanceFamily)))
        {
            var usageType = $"{DemoRegion.Of(group.Key.Region).UsagePrefix}HostUsage:{group.Key.InstanceFamily}";
            var hostHours = 24m * group.Count();
            for (var day = DateOnly.FromDateTime(window.Start); day < DateOnly.FromDateTime(window.End); day = day.AddDays(1))
            {
                var cost = Math.Round(hostHours * HostUsdPerHour, 2, MidpointRounding.AwayFromZero);
                yield return new CostLine(day, accountId, group.Key.Region, "Amazon Elastic Compute Cloud - Compute", usageType, null, cost, cost, hostHours);
            }
        }
    }

    private static bool Is(DemoWorkload w, WorkloadKind kind, DemoPattern pattern) =>
        w.Workload.Kind == kind && w.Workload.Tags.GetValueOrDefault(DemoPatterns.Tag) == DemoPatterns.Name(pattern)
        && w.Workload.Platform == Ec2Platforms.Linux && w.Workload.Tenancy == Ec2Platforms.SharedTenancy
        && ManagedCapacity.Recognise(w.Workload.Tags) is null && !w.Workload.Name.Contains('<', StringComparison.Ordinal) && !w.Workload.Name.Contains('\'', StringComparison.Ordinal);

    private static string Cluster(Workload w) => $"{w.Tags.GetValueOrDefault("env", "prod")}-eks";

    private static void Change(List<DemoWorkload> workloads, Func<DemoWorkload, bool> which, int skip, Func<Workload, Workload> change)
    {
        var index = workloads.Select((w, i) => (w, i)).Where(p => which(p.w)).Skip(skip).Select(p => p.i).First();
        workloads[index] = workloads[index] with { Workload = change(workloads[index].Workload) };
    }

    private static Workload Tagged(Workload workload, params (string Key, string Value)[] tags)
    {
        var all = new Dictionary<string, string>(workload.Tags, StringComparer.Ordinal);
        foreach (var (key, value) in tags)
        {
            all[key] = value;
        }

        return workload with { Tags = all };
    }
}
