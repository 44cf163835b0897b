using Analyzer.Collectors.Aws;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Ec2;

/// <summary>
/// Turns one account/region's EC2 instances into workloads: each standalone instance is one workload, and the
/// members of an Auto Scaling group (tag aws:autoscaling:groupName) become one group workload, because the group,
/// not its replaceable members, is what gets rightsized. Terminated instances are left out. Sizes (vCPU, memory)
/// are left to the instance-type catalog.
/// </summary>
public sealed class Ec2InventoryCollector
{
    private readonly AwsClientOptions _options;

    public Ec2InventoryCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<IReadOnlyList<Workload>> CollectAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        using var sdk = Ec2SdkClient.Create(_options with { Region = region });
        var client = new Ec2Client(sdk);
        var instances = new List<Ec2Instance>();
        await foreach (var instance in client.DescribeInstancesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (instance.State is not ("terminated" or "shutting-down"))
            {
                instances.Add(instance);
            }
        }

        var workloads = instances
            .Where(i => i.AutoScalingGroupName is null)
            .Select(i => ToWorkload(accountId, region, i))
            .ToList();
        workloads.AddRange(instances
            .Where(i => i.AutoScalingGroupName is not null)
            .GroupBy(i => i.AutoScalingGroupName!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ToGroupWorkload(accountId, region, g.Key, g.ToList())));
        return workloads;
    }

    private static Workload ToWorkload(string accountId, string region, Ec2Instance instance) => new(
        instance.InstanceId,
        accountId,
        region,
        WorkloadKind.Ec2Instance,
        instance.Tags.TryGetValue("Name", out var name) && name.Length > 0 ? name : instance.InstanceId,
        instance.InstanceType,
        Vcpu: null,
        MemoryGib: null,
        instance.Architecture,
        PurchaseOption(instance.Lifecycle),
        LaunchType: null,
        DesiredCount: 1,
        LambdaMemoryMb: null,
        LambdaTimeoutSeconds: null,
        instance.Tags)
    {
        Platform = Ec2Platforms.Platform(instance.PlatformDetails, instance.Platform),
        Tenancy = Ec2Platforms.Tenancy(instance.Tenancy),
    };

    private static Workload ToGroupWorkload(string accountId, string region, string groupName, List<Ec2Instance> members)
    {
        // A mixed-instances group reports its most common type; ties go to the alphabetically first for stability.
        var type = members.GroupBy(m => m.InstanceType, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var first = members.OrderBy(m => m.InstanceId, StringComparer.Ordinal).First();
        var spot = members.Count(m => m.Lifecycle == "spot");
        return new Workload(
            groupName,
            accountId,
            region,
            WorkloadKind.AutoScalingGroup,
            groupName,
            type,
            Vcpu: null,
            MemoryGib: null,
            first.Architecture,
            spot * 2 > members.Count ? "spot" : "on-demand",
            LaunchType: null,
            DesiredCount: members.Count(m => m.State == "running"),
            LambdaMemoryMb: null,
            LambdaTimeoutSeconds: null,
            first.Tags)
        {
            // A group launches from one template: its members share the platform and tenancy.
            Platform = Ec2Platforms.Platform(first.PlatformDetails, first.Platform),
            Tenancy = Ec2Platforms.Tenancy(first.Tenancy),
        };
    }

    private static string PurchaseOption(string? lifecycle) => lifecycle == "spot" ? "spot" : "on-demand";
}
