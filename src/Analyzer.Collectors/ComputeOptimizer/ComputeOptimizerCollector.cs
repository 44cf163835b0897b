using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.ComputeOptimizer;

/// <summary>
/// Compute Optimizer (JSON 1.0, API 2019-11-01): GetEC2InstanceRecommendations for one account and region, 1,000 a
/// page (nextToken), keeping the rank-1 option. An account that has not opted in answers OptInRequiredException:
/// that is a note for the run report ("not enrolled"), not a failure.
/// </summary>
public sealed class ComputeOptimizerCollector
{
    public const string NotEnrolledCode = "OptInRequiredException";
    private readonly AwsClientOptions _options;

    public ComputeOptimizerCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The recommendations, or null when the account is not enrolled in Compute Optimizer.</summary>
    public async Task<IReadOnlyList<Ec2Recommendation>?> CollectAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetEc2InstanceRecommendations;
        using var sdk = AwsServiceClient.Create(AwsService.ComputeOptimizer, _options with { Region = region });
        var recommendations = new List<Ec2Recommendation>();
        string? nextToken = null;
        do
        {
            byte[] body;
            try
            {
                body = await sdk.SendAsync(AwsRequest.Json(operation, AwsJson.Body(new Dictionary<string, object?>
                {
                    ["accountIds"] = new[] { accountId },
                    ["maxResults"] = 1000,
                    ["nextToken"] = nextToken,
                })), cancellationToken).ConfigureAwait(false);
            }
            catch (CollectorException ex) when (ex.ErrorCode == NotEnrolledCode)
            {
                return null;
            }

            nextToken = AwsJson.Read(operation, body, root =>
            {
                recommendations.AddRange(root.Array("instanceRecommendations").Select(r => Parse(operation, accountId, region, r)).ToList());
                return root.String("nextToken");
            });
        }
        while (!string.IsNullOrEmpty(nextToken));

        return recommendations;
    }

    private static Ec2Recommendation Parse(AwsOperation operation, string accountId, string region, JsonElement r)
    {
        var arn = r.String("instanceArn") ?? throw AwsXml.Malformed(operation, "a recommendation has no instanceArn");
        var best = r.Array("recommendationOptions").OrderBy(o => o.Int("rank") ?? int.MaxValue).Select(o => (JsonElement?)o).FirstOrDefault();
        double? Number(JsonElement? e, string name) => e is { } x && x.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
        JsonElement? Object(JsonElement? e, string name) => e is { } x && x.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;
        var savings = Object(best, "savingsOpportunity");
        var monthly = Number(Object(savings, "estimatedMonthlySavings"), "value");
        DateTime? refreshed = Number(r, "lastRefreshTimestamp") is { } epoch
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(epoch * 1000)).UtcDateTime
            : null;
        return new Ec2Recommendation(
            r.String("accountId") ?? accountId,
            region,
            arn,
            arn[(arn.LastIndexOf('/') + 1)..],
            r.String("currentInstanceType") ?? string.Empty,
            r.String("finding") ?? "Unknown",
            string.Join(',', r.Array("findingReasonCodes").Select(c => c.GetString())),
            best?.String("instanceType"),
            Number(best, "performanceRisk"),
            monthly is { } m ? decimal.Round((decimal)m, 6) : null,
            Number(savings, "savingsOpportunityPercentage"),
            Number(r, "lookBackPeriodInDays") is { } days ? (int)days : null,
            refreshed);
    }
}
