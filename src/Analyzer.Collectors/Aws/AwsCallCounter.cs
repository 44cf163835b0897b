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

    /// <summary>Attempts of <paramref name="operation"/> sent, answered or not.</summary>
    public long this[AwsOperation operation] => _calls.TryGetValue(operation.IamAction, out var n) ? n : 0;

    public IReadOnlyDictionary<string, long> Calls => new Dictionary<string, long>(_calls, StringComparer.Ordinal);

    /// <summary>USD spent on paid requests (Cost Explorer: $0.01 each request AWS answered).</summary>
    public decimal PaidUsd => AwsOperations.All.Sum(op => op.Paid * Answered(op));

    /// <summary>CloudWatch GetMetricData bills $0.01 per 1,000 metrics requested; counted for answered calls only.</summary>
    public long MetricsRequested => Interlocked.Read(ref _metricsRequested);

    /// <summary>Attempts of <paramref name="operation"/> AWS answered with a success: the ones a paid operation is billed for.</summary>
    public long Answered(AwsOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return _answered.TryGetValue(operation.IamAction, out var n) ? n : 0;
    }

    internal void Count(AwsOperation operation) => _calls.AddOrUpdate(operation.IamAction, 1, (_, n) => n + 1);

    internal void CountAnswered(AwsOperation operation) => _answered.AddOrUpdate(operation.IamAction, 1, (_, n) => n + 1);

    internal void CountMetrics(int metrics) => Interlocked.Add(ref _metricsRequested, metrics);
}
