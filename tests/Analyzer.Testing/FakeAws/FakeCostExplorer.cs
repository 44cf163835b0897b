using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// Cost Explorer GetCostAndUsage (JSON 1.1, target AWSInsightsIndexService) as the 2017-10-25 model shapes it:
/// ResultsByTime with TimePeriod, Total, Groups (Keys, Metrics {Amount, Unit}), Estimated; GroupDefinitions;
/// NextPageToken after <see cref="GroupsPerPage"/> groups. Honours the LINKED_ACCOUNT dimension filter. The
/// Savings Plans, recommendation and resource-level operations are in FakeCostExplorer.Insights.cs.
/// </summary>
public sealed partial class FakeCostExplorer
{
    public List<FakeCostRow> Rows { get; } = [];

    public int GroupsPerPage { get; set; } = 5000;

    /// <summary>Days on or after this are returned with "Estimated": true.</summary>
    public DateOnly EstimatedFrom { get; set; } = DateOnly.MaxValue;

    /// <summary>Every TimePeriod asked for, as "start/end".</summary>
    public List<string> Requested { get; } = [];

    public static FakeCostExplorer Serve(FakeAwsServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var ce = new FakeCostExplorer();
        server.Handle("ce", "GetCostAndUsage", ce.GetCostAndUsage);
        ce.ServeInsights(server);
        return ce;
    }

    private FakeAwsResponse GetCostAndUsage(FakeAwsRequest request)
    {
        var json = request.Json;
        var period = json.GetProperty("TimePeriod");
        var start = DateOnly.Parse(period.GetProperty("Start").GetString()!, CultureInfo.InvariantCulture);
        var end = DateOnly.Parse(period.GetProperty("End").GetString()!, CultureInfo.InvariantCulture);
        lock (Requested)
        {
            Requested.Add($"{start:yyyy-MM-dd}/{end:yyyy-MM-dd}");
        }

        if (json.GetProperty("Granularity").GetString() == "MONTHLY")
        {
            return Monthly(json, start, end);
        }

        if (json.GetProperty("Granularity").GetString() != "DAILY" || json.GetProperty("GroupBy").GetArrayLength() > 2)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "ValidationException", "Only DAILY with up to two GroupBy keys is faked.");
        }

        var accounts = json.TryGetProperty("Filter", out var filter)
            ? filter.GetProperty("Dimensions").GetProperty("Values").EnumerateArray().Select(v => v.GetString()).ToHashSet()
            : null;
        var rows = Rows.Where(r => r.Date >= start && r.Date < end && (accounts is null || accounts.Contains(r.AccountId)))
            .OrderBy(r => r.Date).ThenBy(r => r.Service, StringComparer.Ordinal).ThenBy(r => r.UsageType, StringComparer.Ordinal)
            .ToList();
        var offset = json.TryGetProperty("NextPageToken", out var token) ? int.Parse(token.GetString()!, CultureInfo.InvariantCulture) : 0;
        var page = rows.Skip(offset).Take(GroupsPerPage).ToList();

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("GroupDefinitions");
            foreach (var key in new[] { "SERVICE", "USAGE_TYPE" })
            {
                w.WriteStartObject();
                w.WriteString("Type", "DIMENSION");
                w.WriteString("Key", key);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("ResultsByTime");
            foreach (var day in page.GroupBy(r => r.Date))
            {
                w.WriteStartObject();
                w.WriteStartObject("TimePeriod");
                w.WriteString("Start", day.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("End", day.Key.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteEndObject();
                w.WriteStartObject("Total");
                w.WriteEndObject();
                w.WriteStartArray("Groups");
                foreach (var row in day)
                {
                    w.WriteStartObject();
                    w.WriteStartArray("Keys");
                    w.WriteStringValue(row.Service);
                    w.WriteStringValue(row.UsageType);
                    w.WriteEndArray();
                    w.WriteStartObject("Metrics");
                    Metric(w, "AmortizedCost", row.Amortized, "USD");
                    Metric(w, "UnblendedCost", row.Unblended, "USD");
                    Metric(w, "UsageQuantity", row.Quantity, "N/A");
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteBoolean("Estimated", day.Key >= EstimatedFrom);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("DimensionValueAttributes");
            w.WriteEndArray();
            if (offset + page.Count < rows.Count)
            {
                w.WriteString("NextPageToken", (offset + page.Count).ToString(CultureInfo.InvariantCulture));
            }

            w.WriteEndObject();
        }

        return new FakeAwsResponse(200, "application/x-amz-json-1.1", buffer.ToArray());
    }

    /// <summary>MONTHLY grouped by LINKED_ACCOUNT and SERVICE over every account's rows (the payer's view).</summary>
    private FakeAwsResponse Monthly(JsonElement json, DateOnly start, DateOnly end)
    {
        var keys = json.GetProperty("GroupBy").EnumerateArray().Select(g => g.GetProperty("Key").GetString()).ToList();
        if (keys is not ["LINKED_ACCOUNT", "SERVICE"])
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "ValidationException", "Only MONTHLY by LINKED_ACCOUNT and SERVICE is faked.");
        }

        var months = Rows.Where(r => r.Date >= start && r.Date < end)
            .GroupBy(r => new DateOnly(r.Date.Year, r.Date.Month, 1))
            .OrderBy(g => g.Key)
            .Select(month => new Dictionary<string, object?>
            {
                ["TimePeriod"] = new Dictionary<string, string>
                {
                    ["Start"] = month.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["End"] = (month.Key.AddMonths(1) < end ? month.Key.AddMonths(1) : end).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                },
                ["Total"] = new Dictionary<string, object>(),
                ["Groups"] = month.GroupBy(r => (r.AccountId, r.Service)).OrderBy(g => g.Key.AccountId, StringComparer.Ordinal).ThenBy(g => g.Key.Service, StringComparer.Ordinal)
                    .Select(g => new Dictionary<string, object>
                    {
                        ["Keys"] = new[] { g.Key.AccountId, g.Key.Service },
                        ["Metrics"] = new Dictionary<string, object>
                        {
                            ["AmortizedCost"] = new Dictionary<string, string> { ["Amount"] = g.Sum(r => r.Amortized).ToString(CultureInfo.InvariantCulture), ["Unit"] = "USD" },
                            ["UnblendedCost"] = new Dictionary<string, string> { ["Amount"] = g.Sum(r => r.Unblended).ToString(CultureInfo.InvariantCulture), ["Unit"] = "USD" },
                        },
                    }).ToList(),
                ["Estimated"] = month.Key.AddMonths(1) > EstimatedFrom,
            }).ToList();
        return new FakeAwsResponse(200, "application/x-amz-json-1.1", JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["GroupDefinitions"] = keys.Select(k => new Dictionary<string, string?> { ["Type"] = "DIMENSION", ["Key"] = k }).ToList(),
            ["ResultsByTime"] = months,
        }));
    }

    private static void Metric(Utf8JsonWriter w, string name, decimal amount, string unit)
    {
        w.WriteStartObject(name);
        w.WriteString("Amount", amount.ToString(CultureInfo.InvariantCulture));
        w.WriteString("Unit", unit);
        w.WriteEndObject();
    }

    public override string ToString() => new StringBuilder().Append(Rows.Count).Append(" cost rows").ToString();
}
