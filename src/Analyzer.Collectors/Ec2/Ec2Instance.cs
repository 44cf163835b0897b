namespace Analyzer.Collectors.Ec2;

/// <summary>One instance from DescribeInstances, with the fields the inventory needs.</summary>
/// <param name="Lifecycle">"spot", "scheduled", "capacity-block" or null for on-demand.</param>
/// <param name="Platform">"windows" or null (Linux/UNIX).</param>
public sealed record Ec2Instance(
    string InstanceId,
    string OwnerId,
    string InstanceType,
    string State,
    string? Platform,
    string? Lifecycle,
    string Architecture,
    DateTimeOffset? LaunchTime,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>EC2's platformDetails ("Linux/UNIX", "Windows", "Red Hat Enterprise Linux", ...), null when not reported.</summary>
    public string? PlatformDetails { get; init; }

    /// <summary>placement/tenancy: "default", "dedicated" or "host"; null when not reported.</summary>
    public string? Tenancy { get; init; }

    public const string AutoScalingGroupTag = "aws:autoscaling:groupName";

    public string? AutoScalingGroupName => Tags.TryGetValue(AutoScalingGroupTag, out var name) ? name : null;
}
