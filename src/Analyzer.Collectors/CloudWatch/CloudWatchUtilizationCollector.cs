using Analyzer.Collectors.Aws;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.CloudWatch;

/// <summary>
/// Reads hourly utilization for one account/region's workloads with GetMetricData: every workload's queries are
/// packed into as few calls as the 500-query limit allows, pages are followed by NextToken, and the datapoints
/// become one <see cref="UtilizationSample"/> per workload and hour. EC2 memory comes from the CloudWatch agent's
/// mem_used_percent where <see cref="AgentMemoryMetrics"/> finds it published, Lambda memory from Lambda Insights'
/// memory_utilization where <see cref="LambdaInsightsMetrics"/> does.
/// </summary>
public sealed class CloudWatchUtilizationCollector
{
    private readonly AwsClientOptions _options;

    public CloudWatchUtilizationCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<IReadOnlyList<UtilizationSample>> CollectAsync(string region, IReadOnlyList<Workload> workloads, Period window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workloads);
        using var sdk = AwsServiceClient.Create(AwsService.CloudWatch, _options with { Region = region });
        var client = new CloudWatchClient(sdk);
        var wanted = workloads
            .SelectMany(w => WorkloadMetrics.For(w).Select(m => (w.WorkloadId, m.Field, m.Query)))
            .ToList();
        wanted.AddRange(await AgentMemoryMetrics.QueriesAsync(sdk, workloads, cancellationToken).ConfigureAwait(false));
        wanted.AddRange(await LambdaInsightsMetrics.QueriesAsync(sdk, workloads, cancellationToken).ConfigureAwait(false));
        var hours = new Dictionary<(string WorkloadId, DateTime Hour), double?[]>();
        foreach (var batch in wanted.Chunk(CloudWatchClient.MaxQueriesPerCall))
        {
            var series = await client.GetMetricDataAsync([.. batch.Select(b => b.Query)], window, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Length; i++)
            {
                var (workloadId, field, _) = batch[i];
                for (var p = 0; p < series[i].Timestamps.Count; p++)
                {
                    var key = (workloadId, series[i].Timestamps[p]);
                    if (!hours.TryGetValue(key, out var fields))
                    {
                        fields = new double?[Enum.GetValues<SampleField>().Length];
                        hours[key] = fields;
                    }

                    fields[(int)field] = series[i].Values[p];
                }
            }
        }

        return [.. hours
            .OrderBy(h => h.Key.WorkloadId, StringComparer.Ordinal)
            .ThenBy(h => h.Key.Hour)
            .Select(h => ToSample(h.Key.WorkloadId, h.Key.Hour, h.Value))];
    }

    private static UtilizationSample ToSample(string workloadId, DateTime hour, double?[] f) => new(
        workloadId,
        hour,
        f[(int)SampleField.CpuAverage],
        f[(int)SampleField.CpuMaximum],
        f[(int)SampleField.MemoryAverage],
        f[(int)SampleField.MemoryMaximum],
        f[(int)SampleField.NetworkIn],
        f[(int)SampleField.NetworkOut],
        RunningCount: null,
        f[(int)SampleField.Invocations],
        f[(int)SampleField.DurationAverage],
        f[(int)SampleField.DurationP99],
        f[(int)SampleField.ConcurrencyMaximum]);
}
