using System.Globalization;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Logs;

/// <summary>
/// Lambda memory from the REPORT line every invocation writes to its function's log group ("Max Memory Used"), read
/// with one CloudWatch Logs Insights query per function: the hourly maximum and average of @maxMemoryUsed as a percent
/// of @memorySize, which is what Lambda Insights' memory_utilization gives. Opt-in (<see cref="LambdaLogMemoryOptions"/>):
/// before each query its log group's stored bytes are counted as its estimated scan, and no query starts that would
/// take the run's estimate past the limit; afterwards the bytes AWS reports scanned are counted.
/// </summary>
public sealed class LambdaLogMemory
{
    /// <summary>Where Lambda writes a function's logs unless it is configured with another log group.</summary>
    public const string LogGroupPrefix = "/aws/lambda/";

    /// <summary>Logs Insights: $0.005 per GB of data scanned (CloudWatch pricing, us-east-1 and most regions).</summary>
    public const decimal UsdPerGbScanned = 0.005m;

    /// <summary>A GB as 10^9 bytes, which errs high if AWS counts 2^30.</summary>
    public const decimal BytesPerGb = 1_000_000_000m;

    /// <summary>
    /// The whole query, constant: nothing from AWS is spliced into it (the log group is a parameter of StartQuery).
    /// bin(1h) buckets on UTC hours, like the CloudWatch metrics the rest of the hour comes from.
    /// </summary>
    public const string Query = "filter @type = \"REPORT\"\n"
        + "| stats max(@maxMemoryUsed / @memorySize * 100) as memoryMaxPercent, avg(@maxMemoryUsed / @memorySize * 100) as memoryAveragePercent by bin(1h)";

    /// <summary>Logs Insights runs up to 30 queries at once per account; stay well under it.</summary>
    public const int MaxConcurrentQueries = 10;

    private readonly AwsClientOptions _options;
    private readonly LambdaLogMemoryOptions _settings;

    public LambdaLogMemory(AwsClientOptions options, LambdaLogMemoryOptions settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        _options = options;
        _settings = settings;
    }

    /// <summary>Between two GetQueryResults calls of a running query.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A query still running after this many polls is left (it is still billed for what it scans).</summary>
    public int MaxPolls { get; init; } = 900;

    /// <summary>The run's limit on estimated bytes: <see cref="LambdaLogMemoryOptions.MaxEstimatedUsd"/> at the scan price.</summary>
    public long MaxEstimatedBytes => (long)Math.Min(long.MaxValue, decimal.Floor(_settings.MaxEstimatedUsd / UsdPerGbScanned * BytesPerGb));

    /// <summary>USD for <paramref name="bytes"/> scanned.</summary>
    public static decimal Usd(long bytes) => bytes / BytesPerGb * UsdPerGbScanned;

    /// <summary>Hourly memory percents for the functions whose log groups could be queried within the limit.</summary>
    public async Task<LambdaLogMemoryResult> CollectAsync(string region, IReadOnlyList<Workload> functions, Period window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(functions);
        var memory = new Dictionary<(string WorkloadId, DateTime Hour), (double Average, double Maximum)>();
        var notes = new List<string>();
        var wanted = functions.Where(f => f.Kind == WorkloadKind.LambdaFunction).ToList();
        if (!_settings.Enabled || wanted.Count == 0 || window.Length <= TimeSpan.Zero)
        {
            return new LambdaLogMemoryResult(memory, notes);
        }

        using var sdk = AwsServiceClient.Create(AwsService.CloudWatchLogs, _options with { Region = region });
        var client = new LogsInsightsClient(sdk);
        var stored = await client.StoredBytesAsync(LogGroupPrefix, cancellationToken).ConfigureAwait(false);

        // Smallest log groups first, so a limited budget reads as many functions as it can.
        var planned = new List<(Workload Function, string LogGroup)>();
        var noLogGroup = 0;
        var overBudget = 0;
        foreach (var (function, group, bytes) in wanted
            .Select(f => (Function: f, Group: LogGroupPrefix + f.Name))
            .Select(p => (p.Function, p.Group, Bytes: stored.TryGetValue(p.Group, out var b) ? b : (long?)null))
            .OrderBy(p => p.Bytes ?? 0).ThenBy(p => p.Function.WorkloadId, StringComparer.Ordinal))
        {
            if (bytes is not { } estimate)
            {
                noLogGroup++;
            }
            else if (_options.Counter.TryReserveLogsBytes(estimate, MaxEstimatedBytes))
            {
                planned.Add((function, group));
            }
            else
            {
                overBudget++;
            }
        }

        if (noLogGroup > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{region}: {noLogGroup} Lambda function(s) have no log group {LogGroupPrefix}<name>; their memory stays unknown."));
        }

        if (overBudget > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{region}: {overBudget} Lambda function(s) not queried with Logs Insights: their log groups would take the run past lambdaMemoryFromLogs.maxEstimatedUsd (${_settings.MaxEstimatedUsd:0.00})."));
        }

        foreach (var chunk in planned.Chunk(MaxConcurrentQueries))
        {
            var started = new List<(Workload Function, string QueryId)>();
            foreach (var (function, group) in chunk)
            {
                started.Add((function, await client.StartQueryAsync(group, window, Query, cancellationToken).ConfigureAwait(false)));
            }

            foreach (var (function, queryId) in started)
            {
                var results = await WaitAsync(client, queryId, cancellationToken).ConfigureAwait(false);
                _options.Counter.CountLogsScanned(results.BytesScanned);
                if (results.Status != "Complete")
                {
                    notes.Add($"{region}: the Logs Insights query of {function.Name} ended {results.Status}; its memory stays unknown.");
                    continue;
                }

                foreach (var (hour, average, maximum) in results.Rows.Select(Parse).OfType<(DateTime, double, double)>())
                {
                    if (window.Contains(hour))
                    {
                        memory[(function.WorkloadId, hour)] = (average, maximum);
                    }
                }
            }
        }

        return new LambdaLogMemoryResult(memory, notes);
    }

    private async Task<LogsQueryResults> WaitAsync(LogsInsightsClient client, string queryId, CancellationToken cancellationToken)
    {
        var time = _options.Time ?? TimeProvider.System;
        for (var poll = 0; ; poll++)
        {
            var results = await client.GetQueryResultsAsync(queryId, cancellationToken).ConfigureAwait(false);
            if (results.IsDone || poll + 1 >= MaxPolls)
            {
                return results.IsDone ? results : results with { Status = "still running (not waited for)" };
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One row: the hour (bin(1h), "yyyy-MM-dd HH:mm:ss.fff", UTC) and the two percents; null when a value is missing or not a number.</summary>
    internal static (DateTime Hour, double Average, double Maximum)? Parse(IReadOnlyDictionary<string, string> row)
    {
        if (!row.TryGetValue("bin(1h)", out var bin)
            || !DateTime.TryParseExact(bin, ["yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var hour)
            || !Percent(row, "memoryMaxPercent", out var maximum)
            || !Percent(row, "memoryAveragePercent", out var average))
        {
            return null;
        }

        return (DateTime.SpecifyKind(hour, DateTimeKind.Utc), average, maximum);
    }

    private static bool Percent(IReadOnlyDictionary<string, string> row, string field, out double percent)
    {
        percent = 0;
        if (!row.TryGetValue(field, out var text) || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return false;
        }

        percent = Math.Clamp(value, 0, 100);
        return true;
    }
}
