using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Costs;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// GetCostAndUsageWithResources: daily EC2 compute cost grouped by RESOURCE_ID, filtered to the account and the
/// service "Amazon Elastic Compute Cloud - Compute", page by page (NextPageToken). Returns the lines and the last
/// day whose figures are final (not "Estimated").
/// </summary>
internal sealed class ResourceCostReader(AwsServiceClient sdk, string accountId)
{
    public const string Ec2Compute = "Amazon Elastic Compute Cloud - Compute";

    /// <summary>How far back AWS keeps resource-level data.</summary>
    public const int DaysKept = 14;

    private static readonly string[] Metrics = ["AmortizedCost", "UnblendedCost", "UsageQuantity"];

    public async Task<(IReadOnlyList<ResourceCostLine> Lines, DateOnly? LastFinal)> ReadAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetCostAndUsageWithResources;
        var lines = new List<ResourceCostLine>();
        var estimated = new HashSet<DateOnly>();
        var days = new HashSet<DateOnly>();
        string? nextPageToken = null;
        do
        {
            var body = await sdk.SendAsync(AwsRequest.Json(operation, AwsJson.Body(new Dictionary<string, object?>
            {
                ["TimePeriod"] = CeValues.Period(start, end),
                ["Granularity"] = "DAILY",
                ["Filter"] = new Dictionary<string, object>
                {
                    ["And"] = new[] { CeValues.LinkedAccount(accountId), CeValues.Dimension("SERVICE", Ec2Compute) },
                },
                ["Metrics"] = Metrics,
                ["GroupBy"] = new[] { new Dictionary<string, string> { ["Type"] = "DIMENSION", ["Key"] = "RESOURCE_ID" } },
                ["NextPageToken"] = nextPageToken,
            })), cancellationToken).ConfigureAwait(false);
            nextPageToken = AwsJson.Read(operation, body, root =>
            {
                foreach (var result in root.Array("ResultsByTime"))
                {
                    var day = CeValues.ParseDay(result.GetProperty("TimePeriod"));
                    days.Add(day);
                    if (result.TryGetProperty("Estimated", out var e) && e.ValueKind == JsonValueKind.True)
                    {
                        estimated.Add(day);
                    }

                    lines.AddRange(result.Array("Groups").Select(g => Line(operation, day, g)).ToList());
                }

                return root.String("NextPageToken");
            });
        }
        while (!string.IsNullOrEmpty(nextPageToken));

        DateOnly? lastFinal = null;
        foreach (var day in days.Order())
        {
            if (estimated.Contains(day))
            {
                break;
            }

            lastFinal = day;
        }

        return (lines, lastFinal);
    }

    private ResourceCostLine Line(AwsOperation operation, DateOnly day, JsonElement group)
    {
        var keys = group.GetProperty("Keys");
        var metrics = group.GetProperty("Metrics");
        decimal Metric(string name) => metrics.Object(name) is { } m ? CeValues.Amount(operation, m, "Amount") ?? 0m : 0m;
        return new ResourceCostLine(day, accountId, keys[0].GetString()!, Ec2Compute, Metric("UnblendedCost"), Metric("AmortizedCost"), Metric("UsageQuantity"));
    }
}
