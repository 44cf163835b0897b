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
    public const string AutoScalingGroupTag = "aws:autoscaling:groupName";

    public string? AutoScalingGroupName => Tags.TryGetValue(AutoScalingGroupTag, out var name) ? name : null;
}
