using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Time;

namespace Analyzer.Collectors.Logs;

/// <summary>
/// CloudWatch Logs (JSON 1.1, API 2014-03-28, target prefix Logs_20140328) on the SDK's pipeline: DescribeLogGroups
/// for the stored bytes of log groups under a prefix, and a Logs Insights query (StartQuery, GetQueryResults). Log
/// group names go in the logGroupNames parameter, never into the query text.
/// </summary>
internal sealed class LogsInsightsClient(AwsServiceClient client)
{
    /// <summary>DescribeLogGroups returns at most 50 groups a page.</summary>
    public const int LogGroupsPageLimit = 50;

    /// <summary>The most rows one StartQuery may return (its limit parameter's maximum).</summary>
    public const int MaxRows = 10_000;

    /// <summary>Every log group whose name starts with <paramref name="prefix"/>, with its stored bytes, page by page.</summary>
    public async Task<IReadOnlyDictionary<string, long>> StoredBytesAsync(string prefix, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.DescribeLogGroups;
        var groups = new Dictionary<string, long>(StringComparer.Ordinal);
        string? nextToken = null;
        do
        {
            var body = AwsJson.Body(new Dictionary<string, object?>
            {
                ["logGroupNamePrefix"] = prefix,
                ["limit"] = LogGroupsPageLimit,
                ["nextToken"] = nextToken,
            });
            var response = await client.SendAsync(AwsRequest.Json(operation, body), cancellationToken).ConfigureAwait(false);
            nextToken = AwsJson.Read(operation, response, root =>
            {
                foreach (var group in root.Array("logGroups"))
                {
                    if (group.String("logGroupName") is { } name)
                    {
                        groups[name] = group.TryGetProperty("storedBytes", out var stored) && stored.ValueKind == JsonValueKind.Number ? stored.GetInt64() : 0;
                    }
                }

                return root.String("nextToken");
            });
        }
        while (!string.IsNullOrEmpty(nextToken));

        return groups;
    }

    /// <summary>Starts <paramref name="queryString"/> over one log group for the window; returns the query id.</summary>
    public async Task<string> StartQueryAsync(string logGroupName, Period window, string queryString, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.StartQuery;
        var body = AwsJson.Body(new Dictionary<string, object?>
        {
            ["logGroupNames"] = new[] { logGroupName },
            // Seconds since the epoch; the end is inclusive in Logs Insights, so stop a second before the half-open end.
            ["startTime"] = new DateTimeOffset(window.Start, TimeSpan.Zero).ToUnixTimeSeconds(),
            ["endTime"] = new DateTimeOffset(window.End, TimeSpan.Zero).ToUnixTimeSeconds() - 1,
            ["queryString"] = queryString,
            ["limit"] = MaxRows,
        });
        var response = await client.SendAsync(AwsRequest.Json(operation, body), cancellationToken).ConfigureAwait(false);
        return AwsJson.Read(operation, response, root => root.String("queryId"))
            ?? throw AwsXml.Malformed(operation, "StartQuery returned no queryId");
    }

    /// <summary>The query's status, its rows (field name to value) once complete, and the bytes it scanned.</summary>
    public async Task<LogsQueryResults> GetQueryResultsAsync(string queryId, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetQueryResults;
        var body = AwsJson.Body(new Dictionary<string, object?> { ["queryId"] = queryId });
        var response = await client.SendAsync(AwsRequest.Json(operation, body), cancellationToken).ConfigureAwait(false);
        return AwsJson.Read(operation, response, root =>
        {
            var rows = root.Array("results")
                .Select(row => (IReadOnlyDictionary<string, string>)row.EnumerateArray()
                    .Where(f => f.String("field") is not null && f.String("value") is not null)
                    .GroupBy(f => f.String("field")!, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First().String("value")!, StringComparer.Ordinal))
                .ToList();
            var scanned = root.TryGetProperty("statistics", out var statistics) && statistics.TryGetProperty("bytesScanned", out var bytes)
                && bytes.ValueKind == JsonValueKind.Number ? bytes.GetDouble() : 0;
            return new LogsQueryResults(root.String("status") ?? "Unknown", rows, (long)Math.Round(scanned));
        });
    }
}
