using Analyzer.Collectors.Aws;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.CloudWatch;

/// <summary>
/// EKS pods on Fargate, from the Container Insights metrics the ADOT collector publishes for them (namespace
/// ContainerInsights, dimensions ClusterName, Namespace, PodName and LaunchType=fargate; ADOT "Container Insights EKS
/// Fargate"): ListMetrics finds the pods by their pod_cpu_limit series, GetMetricData reads each pod's CPU limit
/// (millicores), memory limit (bytes) and its CPU and memory use in percent of them, hourly. The pods of one owner
/// (<see cref="KubernetesOwners"/>) in one cluster and namespace become one workload, like an ECS service's tasks:
/// each hour's running count is the pods that reported, its use their mean (average) and highest (maximum). EKS has
/// no AWS API listing pods, so a cluster without the ADOT collector has no pods here.
/// </summary>
public sealed class EksFargatePodCollector
{
    public const string Namespace = "ContainerInsights";
    public const string IdPrefix = "eks-fargate:";

    private readonly AwsClientOptions _options;

    public EksFargatePodCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<(IReadOnlyList<Workload> Workloads, IReadOnlyList<UtilizationSample> Samples)> CollectAsync(
        string accountId, string region, Period window, CancellationToken cancellationToken)
    {
        using var sdk = AwsServiceClient.Create(AwsService.CloudWatch, _options with { Region = region });
        var listed = await AgentMemoryMetrics.ListAsync(sdk, Namespace, "pod_cpu_limit", cancellationToken).ConfigureAwait(false);
        var pods = listed.Select(Pod).OfType<PodKey>().Distinct().OrderBy(p => p.ToString(), StringComparer.Ordinal).ToList();
        if (pods.Count == 0)
        {
            return ([], []);
        }

        var queries = pods.SelectMany(p => PodQueries(p).Select(q => (Pod: p, q.Field, q.Query))).ToList();
        var values = new Dictionary<(PodKey Pod, DateTime Hour), double?[]>();
        var client = new CloudWatchClient(sdk);
        foreach (var batch in queries.Chunk(CloudWatchClient.MaxQueriesPerCall))
        {
            var series = await client.GetMetricDataAsync([.. batch.Select(b => b.Query)], window, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Length; i++)
            {
                for (var p = 0; p < series[i].Timestamps.Count; p++)
                {
                    var key = (batch[i].Pod, series[i].Timestamps[p]);
                    if (!values.TryGetValue(key, out var fields))
                    {
                        fields = new double?[Enum.GetValues<PodField>().Length];
                        values[key] = fields;
                    }

                    fields[(int)batch[i].Field] = series[i].Values[p];
                }
            }
        }

        var workloads = new List<Workload>();
        var samples = new List<UtilizationSample>();
        foreach (var owner in values.GroupBy(v => (v.Key.Pod.Cluster, v.Key.Pod.Namespace, Owner: KubernetesOwners.Of(v.Key.Pod.PodName))).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var hours = owner.GroupBy(v => v.Key.Hour).OrderBy(h => h.Key).ToList();
            var latest = hours[^1].Select(h => h.Value).ToList();
            var cpuLimit = latest.Max(f => f[(int)PodField.CpuLimit]);
            var memoryLimit = latest.Max(f => f[(int)PodField.MemoryLimit]);
            var (cluster, ns, name) = owner.Key;
            workloads.Add(new Workload(
                $"{IdPrefix}{region}:{accountId}:{cluster}/{ns}/{name}",
                accountId,
                region,
                WorkloadKind.EksFargatePod,
                $"{cluster}/{ns}/{name}",
                InstanceType: null,
                Vcpu: cpuLimit is { } millicores && millicores > 0 ? millicores / 1000 : null,
                MemoryGib: memoryLimit is { } bytes && bytes > 0 ? bytes / (1024.0 * 1024 * 1024) : null,
                "x86_64",
                "on-demand",
                "FARGATE",
                DesiredCount: Math.Max(1, latest.Count(f => f[(int)PodField.CpuAverage] is not null)),
                LambdaMemoryMb: null,
                LambdaTimeoutSeconds: null,
                // Pods carry Kubernetes labels, not AWS tags; the cluster and namespace are in the name.
                new Dictionary<string, string>(StringComparer.Ordinal)));
            samples.AddRange(hours.Select(h => Sample(workloads[^1].WorkloadId, h.Key, [.. h.Select(p => p.Value)])).OfType<UtilizationSample>());
        }

        return (workloads, samples);
    }

    // An hour of the owner's pods: the pods that reported CPU are the running count; averages are their mean, maxima the highest.
    private static UtilizationSample? Sample(string workloadId, DateTime hour, IReadOnlyList<double?[]> pods)
    {
        var running = pods.Where(p => p[(int)PodField.CpuAverage] is not null).ToList();
        if (running.Count == 0)
        {
            return null;
        }

        static double? Mean(IEnumerable<double?> v) => v.OfType<double>().DefaultIfEmpty(double.NaN).Average() is var m && !double.IsNaN(m) ? m : null;
        static double? Max(IEnumerable<double?> v) => v.OfType<double>().DefaultIfEmpty(double.NaN).Max() is var m && !double.IsNaN(m) ? m : null;
        return new UtilizationSample(
            workloadId,
            hour,
            Mean(running.Select(p => p[(int)PodField.CpuAverage])),
            Max(running.Select(p => p[(int)PodField.CpuMaximum] ?? p[(int)PodField.CpuAverage])),
            Mean(running.Select(p => p[(int)PodField.MemoryAverage])),
            Max(running.Select(p => p[(int)PodField.MemoryMaximum] ?? p[(int)PodField.MemoryAverage])),
            NetworkInBytes: null,
            NetworkOutBytes: null,
            RunningCount: running.Count,
            Invocations: null,
            DurationAverageMs: null,
            DurationP99Ms: null,
            ConcurrencyMaximum: null);
    }

    private static IEnumerable<(PodField Field, MetricQuery Query)> PodQueries(PodKey pod)
    {
        KeyValuePair<string, string>[] dimensions = [new("ClusterName", pod.Cluster), new("LaunchType", "fargate"), new("Namespace", pod.Namespace), new("PodName", pod.PodName)];
        return
        [
            (PodField.CpuLimit, new MetricQuery(Namespace, "pod_cpu_limit", dimensions, "Maximum")),
            (PodField.MemoryLimit, new MetricQuery(Namespace, "pod_memory_limit", dimensions, "Maximum")),
            (PodField.CpuAverage, new MetricQuery(Namespace, "pod_cpu_utilization_over_pod_limit", dimensions, "Average")),
            (PodField.CpuMaximum, new MetricQuery(Namespace, "pod_cpu_utilization_over_pod_limit", dimensions, "Maximum")),
            (PodField.MemoryAverage, new MetricQuery(Namespace, "pod_memory_utilization_over_pod_limit", dimensions, "Average")),
            (PodField.MemoryMaximum, new MetricQuery(Namespace, "pod_memory_utilization_over_pod_limit", dimensions, "Maximum")),
        ];
    }

    // Only the pod-level series of Fargate pods: ClusterName, Namespace, PodName and LaunchType=fargate, nothing else.
    private static PodKey? Pod(IReadOnlyList<KeyValuePair<string, string>> dimensions)
    {
        string? Value(string name) => dimensions.FirstOrDefault(d => d.Key == name).Value;
        return dimensions.Count == 4 && Value("LaunchType") == "fargate"
            && Value("ClusterName") is { Length: > 0 } cluster && Value("Namespace") is { Length: > 0 } ns && Value("PodName") is { Length: > 0 } pod
            ? new PodKey(cluster, ns, pod)
            : null;
    }

    private sealed record PodKey(string Cluster, string Namespace, string PodName);

    private enum PodField
    {
        CpuLimit,
        MemoryLimit,
        CpuAverage,
        CpuMaximum,
        MemoryAverage,
        MemoryMaximum,
    }
}
