using System.Collections.Concurrent;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// Counts requests per operation (every attempt that went on the wire, retries included, because AWS throttles
/// those too), the paid requests AWS answered (Cost Explorer bills a request it serves, not one it refuses with
/// AccessDenied or throttling), the Cost Explorer spend they caused, and CloudWatch metrics served.
/// </summary>
public sealed class AwsCallCounter
{
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _answered = new(StringComparer.Ordinal);
    private long _metricsRequested;
    private long _logsBytesEstimated;
    private long _logsBytesScanned;

    /// <summary>Attempts of <paramref name="operation"/> sent, answered or not.</summary>
    public long this[AwsOperation operation] => _calls.TryGetValue(operation.IamAction, out var n) ? n : 0;

    public IReadOnlyDictionary<string, long> Calls => new Dictionary<string, long>(_calls, StringComparer.Ordinal);

    /// <summary>USD spent on paid requests (Cost Explorer: $0.01 each request AWS answered).</summary>
    public decimal PaidUsd => AwsOperations.All.Sum(op => op.Paid * Answered(op));

    /// <summary>CloudWatch GetMetricData bills $0.01 per 1,000 metrics requested; counted for answered calls only.</summary>
    public long MetricsRequested => Interlocked.Read(ref _metricsRequested);

    /// <summary>
    /// CloudWatch Logs Insights, before its queries ran: the stored bytes of the log groups it chose to query, the
    /// upper bound of what they scan (a query reads only its window's events).
    /// </summary>
    public long LogsBytesEstimated => Interlocked.Read(ref _logsBytesEstimated);

    /// <summary>CloudWatch Logs Insights, after: the bytes its queries scanned as AWS reported them (billed $0.005 per GB).</summary>
    public long LogsBytesScanned => Interlocked.Read(ref _logsBytesScanned);

    /// <summary>Attempts of <paramref name="operation"/> AWS answered with a success: the ones a paid operation is billed for.</summary>
    public long Answered(AwsOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return _answered.TryGetValue(operation.IamAction, out var n) ? n : 0;
    }

    internal void Count(AwsOperation operation) => _calls.AddOrUpdate(operation.IamAction, 1, (_, n) => n + 1);

    internal void CountAnswered(AwsOperation operation) => _answered.AddOrUpdate(operation.IamAction, 1, (_, n) => n + 1);

    internal void CountMetrics(int metrics) => Interlocked.Add(ref _metricsRequested, metrics);

    /// <summary>
    /// Counts <paramref name="bytes"/> as estimated unless the run's estimate would pass <paramref name="maxBytes"/>;
    /// atomic, so regions collected at once share one limit.
    /// </summary>
    internal bool TryReserveLogsBytes(long bytes, long maxBytes)
    {
        while (true)
        {
            var before = Interlocked.Read(ref _logsBytesEstimated);
            if (bytes > maxBytes - before)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _logsBytesEstimated, before + bytes, before) == before)
            {
                return true;
            }
        }
    }

    internal void CountLogsScanned(long bytes) => Interlocked.Add(ref _logsBytesScanned, bytes);
}
