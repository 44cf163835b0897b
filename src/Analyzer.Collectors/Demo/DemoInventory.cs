using System.Globalization;
using Analyzer.Core.Pricing;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// Builds the demo organisation's workloads, eagerly (a few hundred records) so a missing price fails at once
/// rather than halfway through a load. Every draw comes from one stream in a fixed order.
/// </summary>
internal sealed class DemoInventory
{
    /// <summary>Enough of each kind that every pattern and both ECS launch types appear at any scale.</summary>
    private const int MinimumPerKind = 9;

    private const string OnDemand = "on-demand";

    private readonly SplitMix64 rng;
    private readonly ulong seed;
    private readonly DemoPriceBook prices;
    private readonly List<DemoWorkload> workloads = [];
    private readonly Dictionary<string, int> nameCounts = new(StringComparer.Ordinal);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    private DemoInventory(ulong seed, DemoPriceBook prices)
    {
        this.seed = seed;
        this.prices = prices;
        rng = new SplitMix64(SplitMix64.Derive(seed, 0));
    }

    public static IReadOnlyList<DemoWorkload> Build(DemoOptions options, DemoPriceBook prices)
    {
        var inventory = new DemoInventory(options.Seed, prices);
        inventory.AddInstances(Count(200, options.Scale));
        inventory.AddAutoScalingGroups(Count(60, options.Scale));
        inventory.AddEcsServices(Count(90, options.Scale));
        inventory.AddLambdaFunctions(Count(100, options.Scale));
        DemoLandscape.Apply(inventory.workloads);
        return inventory.workloads;
    }

    private static int Count(int atScaleOne, double scale) => Math.Max(MinimumPerKind, (int)Math.Round(atScaleOne * scale));

    private void AddInstances(int count)
    {
        var patterns = Patterns(
            count,
            (DemoPattern.Steady, 0),
            (DemoPattern.IdleZombie, 0.12),
            (DemoPattern.BusinessHours, 0.18),
            (DemoPattern.NightlyBatch, 0.10),
            (DemoPattern.SpikyApi, 0.12),
            (DemoPattern.MemoryBound, 0.10),
            (DemoPattern.OverProvisioned, 0.10),
            (DemoPattern.UnderProvisioned, 0.08));
        for (var i = 0; i < patterns.Count; i++)
        {
            var pattern = patterns[i];
            var place = Place();
            var type = rng.Pick(DemoCatalog.InstanceTypes(pattern));
            var spec = prices.Spec(type);
            var name = UniqueName($"{place.App}-{rng.Pick(DemoCatalog.Roles(pattern))}");
            var id = UniqueId(() => DemoIds.InstanceId(rng));
            var reportsMemory = pattern == DemoPattern.MemoryBound || rng.Chance(0.55);
            var profile = DemoProfiles.Compute(rng, pattern, place.Region, reportsMemory, reportsNetwork: true, reportsCount: false, 1, 1);
            var tags = Tags(name, place, pattern, profile, spotOk: pattern == DemoPattern.NightlyBatch);

            // Untrusted strings for the escaping tests downstream: names and tags come from AWS users.
            if (i == 3)
            {
                name = "<script>alert(1)</script>";
                tags["Name"] = name;
            }
            else if (i == 5)
            {
                name = "ops'; DROP TABLE workloads;--";
                tags["Name"] = name;
                tags["cost-center"] = "R&D \"north\"; x='1'";
            }

            var workload = new Workload(
                id, place.Account.AccountId, place.Region.Code, WorkloadKind.Ec2Instance, name, type, spec.Vcpu,
                (double)spec.MemoryGib, Architecture(spec), OnDemand, null, 1, null, null, tags);
            Add(workload, profile, prices.Ec2Hourly(place.Region.Code, type), null, null);
        }
    }

    private void AddAutoScalingGroups(int count)
    {
        var patterns = Patterns(
            count,
            (DemoPattern.Steady, 0),
            (DemoPattern.BusinessHours, 0.30),
            (DemoPattern.NightlyBatch, 0.25),
            (DemoPattern.SpikyApi, 0.20),
            (DemoPattern.UnderProvisioned, 0.10));
        foreach (var pattern in patterns)
        {
            var place = Place();
            var type = rng.Pick(DemoCatalog.InstanceTypes(pattern));
            var spec = prices.Spec(type);
            var name = UniqueName($"{place.Env}-{place.App}-{rng.Pick(DemoCatalog.Roles(pattern))}-asg");
            var id = UniqueId(() => DemoIds.AutoScalingGroupArn(rng, place.Region.Code, place.Account.AccountId, name));
            var (min, max) = Counts(pattern);
            var profile = DemoProfiles.Compute(rng, pattern, place.Region, rng.Chance(0.6), reportsNetwork: true, reportsCount: true, min, max);
            var tags = Tags(name, place, pattern, profile, spotOk: pattern == DemoPattern.NightlyBatch || rng.Chance(0.3));
            var workload = new Workload(
                id, place.Account.AccountId, place.Region.Code, WorkloadKind.AutoScalingGroup, name, type, spec.Vcpu,
                (double)spec.MemoryGib, Architecture(spec), OnDemand, null, min, null, null, tags);
            Add(workload, profile, prices.Ec2Hourly(place.Region.Code, type), null, null);
        }
    }

    private void AddEcsServices(int count)
    {
        var patterns = Patterns(
            count,
            (DemoPattern.Steady, 0),
            (DemoPattern.BusinessHours, 0.25),
            (DemoPattern.SpikyApi, 0.20),
            (DemoPattern.MemoryBound, 0.15),
            (DemoPattern.NightlyBatch, 0.10),
            (DemoPattern.IdleZombie, 0.05),
            (DemoPattern.UnderProvisioned, 0.10));
        for (var i = 0; i < patterns.Count; i++)
        {
            var pattern = patterns[i];
            var place = Place();
            var fargate = i % 9 < 5;
            var name = UniqueName($"{place.App}-{rng.Pick(DemoCatalog.Roles(pattern))}");
            var cluster = $"{place.Env}-{place.Team}";
            var id = UniqueId(() => DemoIds.EcsServiceArn(place.Region.Code, place.Account.AccountId, cluster, name));
            var (min, max) = Counts(pattern);
            var profile = DemoProfiles.Compute(rng, pattern, place.Region, reportsMemory: true, reportsNetwork: false, reportsCount: true, min, max);
            var tags = Tags(name, place, pattern, profile, spotOk: pattern == DemoPattern.NightlyBatch || rng.Chance(0.2));
            if (fargate)
            {
                var (vcpu, memoryGb) = rng.Pick(DemoCatalog.FargateSizes);
                var architecture = place.Region.HasFargateArm && rng.Chance(0.3) ? "arm64" : "x86_64";
                var workload = new Workload(
                    id, place.Account.AccountId, place.Region.Code, WorkloadKind.EcsService, name, null, vcpu, memoryGb,
                    architecture, OnDemand, "FARGATE", min, null, null, tags);
                Add(workload, profile, null, prices.Fargate(place.Region.Code, architecture), null);
            }
            else
            {
                var type = rng.Pick(DemoCatalog.ContainerInstanceTypes);
                var spec = prices.Spec(type);
                var workload = new Workload(
                    id, place.Account.AccountId, place.Region.Code, WorkloadKind.EcsService, name, type, spec.Vcpu,
                    (double)spec.MemoryGib, Architecture(spec), OnDemand, "EC2", min, null, null, tags);
                Add(workload, profile, prices.Ec2Hourly(place.Region.Code, type), null, null);
            }
        }
    }

    private void AddLambdaFunctions(int count)
    {
        var patterns = Patterns(
            count,
            (DemoPattern.LambdaLowVolume, 0),
            (DemoPattern.LambdaHighVolume, 0.35),
            (DemoPattern.LambdaLongRunning, 0.15));
        foreach (var pattern in patterns)
        {
            var place = Place();
            var name = UniqueName($"{place.App}-{rng.Pick(DemoCatalog.Roles(pattern))}");
            var id = UniqueId(() => DemoIds.LambdaArn(place.Region.Code, place.Account.AccountId, name));
            var memoryMb = pattern switch
            {
                DemoPattern.LambdaHighVolume => rng.Pick([128, 256, 512, 1024]),
                DemoPattern.LambdaLongRunning => rng.Pick([1024, 1536, 2048, 3008]),
                _ => rng.Pick(DemoCatalog.LambdaMemoryMb),
            };
            var architecture = rng.Chance(0.3) ? "arm64" : "x86_64";
            var (profile, timeout) = DemoProfiles.Lambda(rng, pattern, place.Region);
            var tags = Tags(name, place, pattern, profile, spotOk: false);

            // Lambda's vCPU share grows with memory: one full vCPU at 1,769 MB.
            var workload = new Workload(
                id, place.Account.AccountId, place.Region.Code, WorkloadKind.LambdaFunction, name, null,
                Math.Round(memoryMb / 1769.0, 3), memoryMb / 1024.0, architecture, OnDemand, null, 1, memoryMb, timeout, tags);
            Add(workload, profile, null, null, prices.Lambda(place.Region.Code, architecture));
        }
    }

    /// <summary>Exact shares of each pattern (the first takes what is left), in a shuffled order.</summary>
    private List<DemoPattern> Patterns(int count, params (DemoPattern Pattern, double Share)[] mix)
    {
        var list = new List<DemoPattern>(count);
        foreach (var (pattern, share) in mix.Skip(1))
        {
            list.AddRange(Enumerable.Repeat(pattern, Math.Max(1, (int)Math.Round(count * share))));
        }

        list.AddRange(Enumerable.Repeat(mix[0].Pattern, Math.Max(1, count - list.Count)));
        rng.Shuffle(list);
        return list;
    }

    private (int Min, int Max) Counts(DemoPattern pattern)
    {
        switch (pattern)
        {
            case DemoPattern.BusinessHours:
                var min = rng.Between(2, 3);
                return (min, min + rng.Between(2, 6));
            case DemoPattern.NightlyBatch:
                return (1, rng.Between(3, 8));
            case DemoPattern.IdleZombie:
                return (1, 1);
            default:
                var fixedCount = rng.Between(2, 6);
                return (fixedCount, fixedCount);
        }
    }

    private DemoPlacement Place()
    {
        var account = DemoCatalog.Accounts[WeightedIndex(DemoCatalog.AccountWeights)];
        var region = DemoRegion.All[WeightedIndex(DemoCatalog.RegionWeights)];
        var env = account.Name == "staging" ? (rng.Chance(0.3) ? "dev" : "staging") : "prod";

        // Shared services mostly run the platform and data teams' tools.
        var (team, apps) = account.Name == "shared-services" && rng.Chance(0.7)
            ? DemoCatalog.Teams[rng.Pick([0, 3])]
            : rng.Pick(DemoCatalog.Teams);
        return new DemoPlacement(account, region, env, team, rng.Pick(apps));
    }

    private int WeightedIndex(IReadOnlyList<double> weights)
    {
        var draw = rng.NextDouble();
        for (var i = 0; i < weights.Count - 1; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    private string UniqueName(string stem)
    {
        nameCounts[stem] = nameCounts.GetValueOrDefault(stem) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{stem}-{nameCounts[stem]:00}");
    }

    private string UniqueId(Func<string> draw)
    {
        var id = draw();
        while (!ids.Add(id))
        {
            id = draw();
        }

        return id;
    }

    private static Dictionary<string, string> Tags(string name, DemoPlacement place, DemoPattern pattern, DemoProfile profile, bool spotOk)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Name"] = name,
            ["app"] = place.App,
            ["env"] = place.Env,
            ["team"] = place.Team,
            [DemoPatterns.Tag] = DemoPatterns.Name(pattern),
        };
        if (pattern == DemoPattern.NightlyBatch)
        {
            tags[DemoPatterns.BatchMinutesTag] = profile.BatchMinutes.ToString(CultureInfo.InvariantCulture);
        }

        if (spotOk)
        {
            tags["spot-ok"] = "true";
        }

        return tags;
    }

    private static string Architecture(InstanceSpec spec) =>
        spec.Architecture ?? (spec.Family.EndsWith('g') ? "arm64" : "x86_64");

    private void Add(Workload workload, DemoProfile profile, decimal? ec2Hourly, FargateRate? fargate, LambdaRate? lambda) =>
        workloads.Add(new DemoWorkload(workload, profile, SplitMix64.Derive(seed, (ulong)workloads.Count + 1), ec2Hourly, fargate, lambda));
}
