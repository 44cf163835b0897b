using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.ComputeOptimizer;

/// <summary>
/// One ecsServiceRecommendations item (GetECSServiceRecommendations). Its serviceRecommendationOptions carry no
/// rank; the first is the one Compute Optimizer lists as its recommendation.
/// </summary>
internal static class EcsRecommendationReader
{
    public static EcsRecommendation Parse(AwsOperation operation, string accountId, string region, JsonElement r)
    {
        var arn = r.String("serviceArn") ?? throw AwsXml.Malformed(operation, "a recommendation has no serviceArn");

        // arn:aws:ecs:region:account:service/cluster/name; the older format has no cluster: service/name.
        var resource = arn.Split(':', 6) is { Length: 6 } parts ? parts[5].Split('/') : [];
        if (resource.Length is < 2 or > 3 || resource[0] != "service" || resource[^1].Length == 0)
        {
            throw AwsXml.Malformed(operation, $"serviceArn '{arn}' is not an ECS service ARN");
        }

        JsonElement? self = r;
        var current = self.Object("currentServiceConfiguration");
        var best = r.Best("serviceRecommendationOptions");
        return new EcsRecommendation(
            r.String("accountId") ?? accountId,
            region,
            arn,
            resource.Length == 3 ? resource[1] : null,
            resource[^1],
            // EcsInventoryCollector uses DescribeServices' serviceArn as the workload id.
            arn,
            r.String("launchType"),
            current.WholeNumber("cpu"),
            current.WholeNumber("memory"),
            r.String("finding") ?? "Unknown",
            r.Reasons(),
            best.WholeNumber("cpu"),
            best.WholeNumber("memory"),
            best.MonthlySavings(),
            best.SavingsPercent(),
            self.Days("lookbackPeriodInDays"),
            self.Timestamp("lastRefreshTimestamp"));
    }
}
