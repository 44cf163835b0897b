using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.ComputeOptimizer;

/// <summary>One autoScalingGroupRecommendations item (GetAutoScalingGroupRecommendations), keeping the rank-1 option.</summary>
internal static class AsgRecommendationReader
{
    private const string NameMarker = "autoScalingGroupName/";

    public static AsgRecommendation Parse(AwsOperation operation, string accountId, string region, JsonElement r)
    {
        var arn = r.String("autoScalingGroupArn") ?? throw AwsXml.Malformed(operation, "a recommendation has no autoScalingGroupArn");
        var marker = arn.LastIndexOf(NameMarker, StringComparison.Ordinal);
        var name = r.String("autoScalingGroupName")
            ?? (marker >= 0 ? arn[(marker + NameMarker.Length)..] : throw AwsXml.Malformed(operation, $"recommendation {arn} has no autoScalingGroupName"));
        JsonElement? self = r;
        var current = self.Object("currentConfiguration");
        var best = r.Best("recommendationOptions");
        var recommended = best.Object("configuration");
        return new AsgRecommendation(
            r.String("accountId") ?? accountId,
            region,
            arn,
            name,
            // Ec2InventoryCollector names a group's workload after the group (its members' aws:autoscaling:groupName tag).
            name,
            current?.String("instanceType"),
            current.WholeNumber("desiredCapacity"),
            r.String("finding") ?? "Unknown",
            recommended?.String("instanceType"),
            recommended.WholeNumber("desiredCapacity"),
            best.Number("performanceRisk"),
            best.MonthlySavings(),
            best.SavingsPercent(),
            self.Days("lookBackPeriodInDays"),
            self.Timestamp("lastRefreshTimestamp"));
    }
}
