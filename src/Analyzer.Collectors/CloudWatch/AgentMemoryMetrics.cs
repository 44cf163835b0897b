using Analyzer.Collectors.Aws;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.CloudWatch;

/// <summary>
/// Finds the CloudWatch agent's memory metric (CWAgent mem_used_percent) with ListMetrics: the agent publishes it
/// with whatever dimensions its configuration appends (InstanceId, ImageId, InstanceType, AutoScalingGroupName), and
/// GetMetricData must name the exact set, so the sets are discovered rather than guessed.
/// </summary>
internal static class AgentMemoryMetrics
{
    public const string Namespace = "CWAgent";
    public const string MetricName = "mem_used_percent";

    /// <summary>Average and maximum memory queries for each EC2 instance or group that reports the metric.</summary>
    public static async Task<List<(string WorkloadId, SampleField Field, MetricQuery Query)>> QueriesAsync(
        AwsServiceClient sdk, IReadOnlyList<Workload> workloads, CancellationToken cancellationToken)
    {
        var ec2 = workloads.Where(w => w.Kind is WorkloadKind.Ec2Instance or WorkloadKind.AutoScalingGroup).ToList();
        if (ec2.Count == 0)
        {
            return [];
        }

        var published = await ListAsync(sdk, Namespace, MetricName, cancellationToken).ConfigureAwait(false);
        var queries = new List<(string, SampleField, MetricQuery)>();
        foreach (var workload in ec2)
        {
            var dimensions = published.FirstOrDefault(d => Matches(workload, d));
            if (dimensions is null)
            {
                continue;
            }

            queries.Add((workload.WorkloadId, SampleField.MemoryAverage, new MetricQuery(Namespace, MetricName, dimensions, "Average")));
            queries.Add((workload.WorkloadId, SampleField.MemoryMaximum, new MetricQuery(Namespace, MetricName, dimensions, "Maximum")));
        }

        return queries;
    }

    // A group's own series carries AutoScalingGroupName without InstanceId (the agent's aggregation_dimensions).
    private static bool Matches(Workload workload, IReadOnlyList<KeyValuePair<string, string>> dimensions) => workload.Kind == WorkloadKind.Ec2Instance
        ? dimensions.Any(d => d.Key == "InstanceId" && d.Value == workload.WorkloadId)
        : dimensions.Any(d => d.Key == "AutoScalingGroupName" && d.Value == workload.Name) && dimensions.All(d => d.Key != "InstanceId");

    /// <summary>Every dimension set ListMetrics reports for one metric, page by page.</summary>
    internal static async Task<List<IReadOnlyList<KeyValuePair<string, string>>>> ListAsync(AwsServiceClient sdk, string metricNamespace, string metricName, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.ListMetrics;
        var found = new List<IReadOnlyList<KeyValuePair<string, string>>>();
        string? nextToken = null;
        do
        {
            var parameters = new List<KeyValuePair<string, string>> { new("Namespace", metricNamespace), new("MetricName", metricName) };
            if (nextToken is not null)
            {
                parameters.Add(new("NextToken", nextToken));
            }

            var root = AwsXml.Parse(operation, await sdk.SendAsync(AwsRequest.Query(operation, parameters), cancellationToken).ConfigureAwait(false));
            var result = root.Child("ListMetricsResult") ?? throw AwsXml.Malformed(operation, "no ListMetricsResult element");
            found.AddRange(result.Items("Metrics").Select(m => (IReadOnlyList<KeyValuePair<string, string>>)[.. m.Items("Dimensions")
                .Select(d => new KeyValuePair<string, string>(d.Text("Name") ?? string.Empty, d.Text("Value") ?? string.Empty))]).ToList());
            nextToken = result.Text("NextToken");
        }
        while (!string.IsNullOrEmpty(nextToken));

        return found;
    }
}
