using System.Globalization;
using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Time;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// Cost Explorer (JSON 1.1, API 2017-10-25): GetCostAndUsage, daily, grouped by SERVICE and USAGE_TYPE, for one
/// linked account. Each request costs $0.01, counted on the shared <see cref="AwsCallCounter"/>.
/// </summary>
internal sealed class CostExplorerClient(AwsServiceClient client)
{
    private static readonly string[] Metrics = ["AmortizedCost", "UnblendedCost", "UsageQuantity"];

    /// <summary>The days of the window, page by page (NextPageToken), parsed whole before returning.</summary>
    public async Task<IReadOnlyList<CostDay>> GetDailyCostAsync(string accountId, Period window, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetCostAndUsage;
        var days = new List<CostDay>();
        string? nextPageToken = null;
        do
        {
            var body = await client.SendAsync(AwsRequest.Json(operation, RequestBody(accountId, window, nextPageToken)), cancellationToken).ConfigureAwait(false);
            nextPageToken = ParsePage(operation, body, days);
        }
        while (!string.IsNullOrEmpty(nextPageToken));

        return days;
    }

    private static byte[] RequestBody(string accountId, Period window, string? nextPageToken)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("TimePeriod");
            json.WriteString("Start", window.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("End", window.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteString("Granularity", "DAILY");
            json.WriteStartObject("Filter");
            json.WriteStartObject("Dimensions");
            json.WriteString("Key", "LINKED_ACCOUNT");
            json.WriteStartArray("Values");
            json.WriteStringValue(accountId);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("Metrics");
            foreach (var metric in Metrics)
            {
                json.WriteStringValue(metric);
            }

            json.WriteEndArray();
            json.WriteStartArray("GroupBy");
            foreach (var key in new[] { "SERVICE", "USAGE_TYPE" })
            {
                json.WriteStartObject();
                json.WriteString("Type", "DIMENSION");
                json.WriteString("Key", key);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (nextPageToken is not null)
            {
                json.WriteString("NextPageToken", nextPageToken);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string? ParsePage(AwsOperation operation, byte[] body, List<CostDay> days)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var page = new List<CostDay>();
            foreach (var result in root.GetProperty("ResultsByTime").EnumerateArray())
            {
                var start = DateOnly.ParseExact(result.GetProperty("TimePeriod").GetProperty("Start").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var estimated = result.TryGetProperty("Estimated", out var e) && e.ValueKind == JsonValueKind.True;
                var groups = new List<CostGroup>();
                if (result.TryGetProperty("Groups", out var groupArray))
                {
                    foreach (var group in groupArray.EnumerateArray())
                    {
                        var keys = group.GetProperty("Keys");
                        var metrics = group.GetProperty("Metrics");
                        groups.Add(new CostGroup(
                            keys[0].GetString()!,
                            keys[1].GetString()!,
                            Amount(metrics, "UnblendedCost"),
                            Amount(metrics, "AmortizedCost"),
                            Amount(metrics, "UsageQuantity")));
                    }
                }

                page.Add(new CostDay(start, estimated, groups));
            }

            days.AddRange(page);
            return root.TryGetProperty("NextPageToken", out var token) ? token.GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            throw AwsXml.Malformed(operation, ex.Message, ex);
        }
    }

    private static decimal Amount(JsonElement metrics, string name) =>
        metrics.TryGetProperty(name, out var metric)
            ? decimal.Parse(metric.GetProperty("Amount").GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0m;
}
