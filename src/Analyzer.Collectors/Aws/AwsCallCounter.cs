using System.Collections.Concurrent;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// Counts requests per operation (every attempt that reached AWS, retries included, because AWS bills and
/// throttles those too), the Cost Explorer spend they caused, and CloudWatch metrics requested.
/// </summary>
public sealed class AwsCallCounter
{
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private long _metricsRequested;

    public long this[AwsOperation operation] => _calls.TryGetValue(operation.IamAction, out var n) ? n : 0;

    public IReadOnlyDictionary<string, long> Calls => new Dictionary<string, long>(_calls, StringComparer.Ordinal);

    /// <summary>USD spent on paid requests (Cost Explorer: $0.01 each).</summary>
    public decimal PaidUsd => AwsOperations.All.Sum(op => op.Paid * this[op]);

    /// <summary>CloudWatch GetMetricData bills $0.01 per 1,000 metrics requested.</summary>
    public long MetricsRequested => Interlocked.Read(ref _metricsRequested);

    internal void Count(AwsOperation operation) => _calls.AddOrUpdate(operation.IamAction, 1, (_, n) => n + 1);

    internal void CountMetrics(int metrics) => Interlocked.Add(ref _metricsRequested, metrics);
}
