using System.Globalization;

namespace Analyzer.Collectors.Demo;

/// <summary>AWS-shaped ids and ARNs drawn from the demo stream.</summary>
internal static class DemoIds
{
    public static string InstanceId(SplitMix64 rng) =>
        "i-0" + rng.NextUInt64().ToString("x16", CultureInfo.InvariantCulture);

    public static string AutoScalingGroupArn(SplitMix64 rng, string region, string accountId, string name) =>
        $"arn:aws:autoscaling:{region}:{accountId}:autoScalingGroup:{Uuid(rng)}:autoScalingGroupName/{name}";

    public static string EcsServiceArn(string region, string accountId, string cluster, string name) =>
        $"arn:aws:ecs:{region}:{accountId}:service/{cluster}/{name}";

    public static string LambdaArn(string region, string accountId, string name) =>
        $"arn:aws:lambda:{region}:{accountId}:function:{name}";

    public static string RdsArn(string region, string accountId, string name) =>
        $"arn:aws:rds:{region}:{accountId}:db:{name}";

    /// <summary>A version-4-shaped UUID.</summary>
    private static string Uuid(SplitMix64 rng)
    {
        var hex = rng.NextUInt64().ToString("x16", CultureInfo.InvariantCulture)
                  + rng.NextUInt64().ToString("x16", CultureInfo.InvariantCulture);
        return $"{hex[..8]}-{hex[8..12]}-4{hex[13..16]}-a{hex[17..20]}-{hex[20..32]}";
    }
}
