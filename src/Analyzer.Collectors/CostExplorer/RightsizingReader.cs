using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// GetRightsizingRecommendation for Service "AmazonEC2", filtered to the account, page by page (NextPageToken),
/// keeping for MODIFY the default target instance (else the first).
/// </summary>
internal sealed class RightsizingReader(AwsServiceClient sdk, string accountId, CostExplorerInsightsOptions settings)
{
    public async Task<IReadOnlyList<CeRightsizingRecommendation>> ReadAsync(CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetRightsizingRecommendation;
        var recommendations = new List<CeRightsizingRecommendation>();
        string? nextPageToken = null;
        do
        {
            var body = await sdk.SendAsync(AwsRequest.Json(operation, AwsJson.Body(new Dictionary<string, object?>
            {
                ["Service"] = "AmazonEC2",
                ["Configuration"] = new Dictionary<string, object>
                {
                    ["RecommendationTarget"] = settings.RightsizingTarget,
                    ["BenefitsConsidered"] = settings.RightsizingBenefitsConsidered,
                },
                ["Filter"] = CeValues.LinkedAccount(accountId),
                ["NextPageToken"] = nextPageToken,
            })), cancellationToken).ConfigureAwait(false);
            nextPageToken = AwsJson.Read(operation, body, root =>
            {
                var metadata = root.Object("Metadata");
                var lookback = CeValues.LookbackDays(metadata?.String("LookbackPeriodInDays"));
                var generated = CeValues.Instant(metadata?.String("GenerationTimestamp"));
                recommendations.AddRange(root.Array("RightsizingRecommendations").Select(r => Parse(operation, r, lookback, generated)).ToList());
                return root.String("NextPageToken");
            });
        }
        while (!string.IsNullOrEmpty(nextPageToken));

        return recommendations;
    }

    private CeRightsizingRecommendation Parse(AwsOperation operation, JsonElement r, int? lookback, DateTime? generated)
    {
        var current = r.Object("CurrentInstance") ?? throw AwsXml.Malformed(operation, "a rightsizing recommendation has no CurrentInstance");
        var instanceId = current.String("ResourceId") ?? throw AwsXml.Malformed(operation, "a rightsizing recommendation has no ResourceId");
        var details = Ec2Details(current);
        var usage = current.Object("ResourceUtilization") is { } u ? u.Object("EC2ResourceUtilization") : null;
        var type = r.String("RightsizingType") ?? "UNKNOWN";
        var targets = r.Object("ModifyRecommendationDetail") is { } modify ? modify.Array("TargetInstances").ToList() : [];
        JsonElement? target = targets.Count == 0
            ? null
            : targets.FirstOrDefault(t => t.TryGetProperty("DefaultTargetInstance", out var d) && d.ValueKind == JsonValueKind.True, targets[0]);
        var terminate = r.Object("TerminateRecommendationDetail");
        var savings = target is { } t ? CeValues.Amount(operation, t, "EstimatedMonthlySavings")
            : terminate is { } x ? CeValues.Amount(operation, x, "EstimatedMonthlySavings") : null;
        return new CeRightsizingRecommendation(
            accountId, // the filter's account: rows are replaced per collected account
            AwsRegionNames.ToCode(details?.String("Region")),
            instanceId,
            current.String("InstanceName") is { Length: > 0 } name ? name : null,
            details?.String("InstanceType"),
            CeValues.Amount(operation, current, "MonthlyCost"),
            type,
            target is { } tt && Ec2Details(tt) is { } targetDetails ? targetDetails.String("InstanceType") : null,
            target is { } tc ? CeValues.Amount(operation, tc, "EstimatedMonthlyCost") : null,
            savings,
            usage is { } cpu ? CeValues.Percent(operation, cpu, "MaxCpuUtilizationPercentage") : null,
            usage is { } mem ? CeValues.Percent(operation, mem, "MaxMemoryUtilizationPercentage") : null,
            string.Join(',', r.Array("FindingReasonCodes").Select(c => c.GetString())),
            lookback,
            generated);
    }

    private static JsonElement? Ec2Details(JsonElement holder) =>
        holder.Object("ResourceDetails") is { } details ? details.Object("EC2ResourceDetails") : null;
}
