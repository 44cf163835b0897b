using System.Globalization;
using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// Cost Explorer GetCostAndUsage, MONTHLY, grouped by LINKED_ACCOUNT and SERVICE, with the caller's (payer
/// account's) credentials: every member account's monthly cost in a request or two ($0.01 each), for the overview.
/// </summary>
public sealed class CostExplorerMonthlyCollector
{
    private static readonly string[] Metrics = ["AmortizedCost", "UnblendedCost"];
    private readonly AwsClientOptions _options;

    public CostExplorerMonthlyCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The <paramref name="months"/> whole months before <paramref name="today"/>'s month, and its month to date.</summary>
    public async Task<IReadOnlyList<MonthlyAccountCost>> CollectAsync(DateOnly today, int months, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        var operation = AwsOperations.GetCostAndUsage;
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var start = thisMonth.AddMonths(-months);
        var end = today > thisMonth ? today : thisMonth;
        using var sdk = AwsServiceClient.Create(AwsService.CostExplorer, _options);
        var costs = new List<MonthlyAccountCost>();
        string? nextPageToken = null;
        do
        {
            var body = await sdk.SendAsync(AwsRequest.Json(operation, AwsJson.Body(new Dictionary<string, object?>
            {
                ["TimePeriod"] = new Dictionary<string, string> { ["Start"] = Day(start), ["End"] = Day(end) },
                ["Granularity"] = "MONTHLY",
                ["Metrics"] = Metrics,
                ["GroupBy"] = new[] { Group("LINKED_ACCOUNT"), Group("SERVICE") },
                ["NextPageToken"] = nextPageToken,
            })), cancellationToken).ConfigureAwait(false);
            nextPageToken = AwsJson.Read(operation, body, root =>
            {
                costs.AddRange(root.Array("ResultsByTime").SelectMany(Parse).ToList());
                return root.String("NextPageToken");
            });
        }
        while (!string.IsNullOrEmpty(nextPageToken));

        return costs;
    }

    private static IEnumerable<MonthlyAccountCost> Parse(JsonElement result)
    {
        var month = DateOnly.ParseExact(result.GetProperty("TimePeriod").GetProperty("Start").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var estimated = result.TryGetProperty("Estimated", out var e) && e.ValueKind == JsonValueKind.True;
        return result.Array("Groups").Select(g =>
        {
            var keys = g.GetProperty("Keys");
            var metrics = g.GetProperty("Metrics");
            return new MonthlyAccountCost(month, keys[0].GetString()!, keys[1].GetString()!, Amount(metrics, "UnblendedCost"), Amount(metrics, "AmortizedCost"), estimated);
        }).ToList();
    }

    private static decimal Amount(JsonElement metrics, string name) =>
        metrics.TryGetProperty(name, out var metric)
            ? decimal.Parse(metric.GetProperty("Amount").GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0m;

    private static Dictionary<string, string> Group(string key) => new() { ["Type"] = "DIMENSION", ["Key"] = key };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
