using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.CloudWatch;

/// <summary>Which hourly metrics describe each kind of workload, and the dimensions that select it.</summary>
internal static class WorkloadMetrics
{
    public static IEnumerable<(SampleField Field, MetricQuery Query)> For(Workload workload) => workload.Kind switch
    {
        WorkloadKind.Ec2Instance => Ec2(Dimension("InstanceId", workload.WorkloadId)),
        WorkloadKind.AutoScalingGroup => Ec2(Dimension("AutoScalingGroupName", workload.Name)),
        WorkloadKind.EcsService => Ecs(workload),
        WorkloadKind.LambdaFunction => Lambda(Dimension("FunctionName", workload.Name)),
        _ => [],
    };

    private static IEnumerable<(SampleField, MetricQuery)> Ec2(KeyValuePair<string, string>[] dimensions) =>
    [
        (SampleField.CpuAverage, new MetricQuery("AWS/EC2", "CPUUtilization", dimensions, "Average")),
        (SampleField.CpuMaximum, new MetricQuery("AWS/EC2", "CPUUtilization", dimensions, "Maximum")),
        (SampleField.NetworkIn, new MetricQuery("AWS/EC2", "NetworkIn", dimensions, "Sum")),
        (SampleField.NetworkOut, new MetricQuery("AWS/EC2", "NetworkOut", dimensions, "Sum")),
    ];

    // Service ARNs are arn:aws:ecs:region:account:service/cluster/service (the long ARN format).
    private static IEnumerable<(SampleField, MetricQuery)> Ecs(Workload workload)
    {
        var parts = workload.WorkloadId.Split('/');
        if (parts.Length < 3)
        {
            return [];
        }

        KeyValuePair<string, string>[] dimensions = [new("ClusterName", parts[^2]), new("ServiceName", parts[^1])];
        return
        [
            (SampleField.CpuAverage, new MetricQuery("AWS/ECS", "CPUUtilization", dimensions, "Average")),
            (SampleField.CpuMaximum, new MetricQuery("AWS/ECS", "CPUUtilization", dimensions, "Maximum")),
            (SampleField.MemoryAverage, new MetricQuery("AWS/ECS", "MemoryUtilization", dimensions, "Average")),
            (SampleField.MemoryMaximum, new MetricQuery("AWS/ECS", "MemoryUtilization", dimensions, "Maximum")),
        ];
    }

    private static IEnumerable<(SampleField, MetricQuery)> Lambda(KeyValuePair<string, string>[] dimensions) =>
    [
        (SampleField.Invocations, new MetricQuery("AWS/Lambda", "Invocations", dimensions, "Sum")),
        (SampleField.DurationAverage, new MetricQuery("AWS/Lambda", "Duration", dimensions, "Average")),
        (SampleField.DurationP99, new MetricQuery("AWS/Lambda", "Duration", dimensions, "p99")),
        (SampleField.ConcurrencyMaximum, new MetricQuery("AWS/Lambda", "ConcurrentExecutions", dimensions, "Maximum")),
    ];

    private static KeyValuePair<string, string>[] Dimension(string name, string value) => [new(name, value)];
}
