using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// CloudWatch Logs (JSON 1.1, Logs_20140328) as the 2014-03-28 model shapes it: DescribeLogGroups (logGroupNamePrefix,
/// limit 1-50, nextToken; logGroups with storedBytes), StartQuery (logGroupNames, startTime and endTime in epoch
/// seconds, queryString; queryId) and GetQueryResults (status, results as lists of field/value pairs, statistics).
/// A query answers one row per hour of its window that <see cref="Memory"/> gives a value for, with bin(1h) as
/// Logs Insights writes it; it does not interpret the query text, which it keeps for tests to read.
/// </summary>
public sealed class FakeCloudWatchLogs
{
    private readonly ConcurrentDictionary<string, FakeLogsQuery> _queries = new(StringComparer.Ordinal);

    /// <summary>Log group name to stored bytes.</summary>
    public ConcurrentDictionary<string, long> LogGroups { get; } = new(StringComparer.Ordinal);

    /// <summary>Bytes a query over a log group reports scanned.</summary>
    public ConcurrentDictionary<string, long> BytesScanned { get; } = new(StringComparer.Ordinal);

    /// <summary>(average %, maximum %) of memory in an hour of a log group; null for an hour without REPORT lines.</summary>
    public Func<string, DateTime, (double Average, double Maximum)?> Memory { get; set; } = (_, _) => null;

    /// <summary>GetQueryResults answers "Running" this many times before "Complete".</summary>
    public int RunningPolls { get; set; }

    /// <summary>The queries started, in arrival order.</summary>
    public IReadOnlyList<FakeLogsQuery> Queries => [.. _queries.Values.OrderBy(q => q.Sequence)];

    public static FakeCloudWatchLogs Serve(FakeAwsServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var logs = new FakeCloudWatchLogs();
        server.Handle("logs", "DescribeLogGroups", logs.DescribeLogGroups);
        server.Handle("logs", "StartQuery", logs.StartQuery);
        server.Handle("logs", "GetQueryResults", logs.GetQueryResults);
        return logs;
    }

    private FakeAwsResponse DescribeLogGroups(FakeAwsRequest request)
    {
        var body = request.Json;
        var prefix = body.TryGetProperty("logGroupNamePrefix", out var p) ? p.GetString() ?? string.Empty : string.Empty;
        var limit = body.TryGetProperty("limit", out var l) ? l.GetInt32() : 50;
        if (limit is < 1 or > 50)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "InvalidParameterException", "limit must be between 1 and 50.");
        }

        var start = body.TryGetProperty("nextToken", out var t) ? int.Parse(t.GetString()!, CultureInfo.InvariantCulture) : 0;
        var matching = LogGroups.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var page = matching.Skip(start).Take(limit).ToList();
        var response = new Dictionary<string, object?>
        {
            ["logGroups"] = page.Select(name => new Dictionary<string, object?>
            {
                ["logGroupName"] = name,
                ["storedBytes"] = LogGroups[name],
                ["arn"] = $"arn:aws:logs:{request.Region}:{request.Credential.AccountId}:log-group:{name}:*",
            }).ToList(),
        };
        if (start + page.Count < matching.Count)
        {
            response["nextToken"] = (start + page.Count).ToString(CultureInfo.InvariantCulture);
        }

        return Json(response);
    }

    private FakeAwsResponse StartQuery(FakeAwsRequest request)
    {
        var body = request.Json;
        if (!body.TryGetProperty("queryString", out var query) || !body.TryGetProperty("startTime", out var startTime) || !body.TryGetProperty("endTime", out var endTime))
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "InvalidParameterException", "queryString, startTime and endTime are required.");
        }

        var groups = body.TryGetProperty("logGroupNames", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).ToList() : [];
        var missing = groups.FirstOrDefault(g => !LogGroups.ContainsKey(g));
        if (groups.Count == 0 || missing is not null)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "ResourceNotFoundException", $"Log group '{missing}' does not exist.");
        }

        var id = Guid.NewGuid().ToString("D");
        _queries[id] = new FakeLogsQuery(
            _queries.Count, id, query.GetString()!, groups,
            DateTimeOffset.FromUnixTimeSeconds(startTime.GetInt64()).UtcDateTime,
            DateTimeOffset.FromUnixTimeSeconds(endTime.GetInt64()).UtcDateTime);
        return Json(new Dictionary<string, object?> { ["queryId"] = id });
    }

    private FakeAwsResponse GetQueryResults(FakeAwsRequest request)
    {
        var id = request.Json.GetProperty("queryId").GetString()!;
        if (!_queries.TryGetValue(id, out var query))
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "ResourceNotFoundException", "Query does not exist.");
        }

        if (Interlocked.Increment(ref query.Polls) <= RunningPolls)
        {
            return Json(new Dictionary<string, object?> { ["status"] = "Running", ["results"] = Array.Empty<object>() });
        }

        var rows = new List<object>();
        var group = query.LogGroups[0];
        for (var hour = query.Start.Date.AddHours(query.Start.Hour); hour <= query.End; hour = hour.AddHours(1))
        {
            if (Memory(group, hour) is { } m)
            {
                rows.Add(new[]
                {
                    Field("bin(1h)", hour.ToString("yyyy-MM-dd HH:mm:ss.000", CultureInfo.InvariantCulture)),
                    Field("memoryMaxPercent", m.Maximum.ToString("R", CultureInfo.InvariantCulture)),
                    Field("memoryAveragePercent", m.Average.ToString("R", CultureInfo.InvariantCulture)),
                });
            }
        }

        return Json(new Dictionary<string, object?>
        {
            ["status"] = "Complete",
            ["results"] = rows,
            ["statistics"] = new Dictionary<string, object?>
            {
                ["recordsMatched"] = (double)rows.Count,
                ["recordsScanned"] = (double)rows.Count,
                ["bytesScanned"] = (double)BytesScanned.GetValueOrDefault(group),
            },
        });
    }

    private static Dictionary<string, string> Field(string field, string value) => new() { ["field"] = field, ["value"] = value };

    private static FakeAwsResponse Json(object body) => new(200, "application/x-amz-json-1.1", JsonSerializer.SerializeToUtf8Bytes(body));
}
