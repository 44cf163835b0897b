using Analyzer.Core.Reporting;
using Analyzer.Core.Workloads;

namespace Analyzer.Reports.Html;

/// <summary>The AWS console page of a workload, built from its id and region (both escaped: they came from AWS).</summary>
internal static class ConsoleLinks
{
    public static Uri? For(WorkloadReport workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var region = Uri.EscapeDataString(workload.Region);
        var id = workload.WorkloadId;
        var host = $"https://{region}.console.aws.amazon.com";
        return workload.Kind switch
        {
            WorkloadKind.Ec2Instance => new Uri($"{host}/ec2/home?region={region}#InstanceDetails:instanceId={Uri.EscapeDataString(id)}"),
            WorkloadKind.AutoScalingGroup => new Uri($"{host}/ec2/home?region={region}#AutoScalingGroupDetails:id={Uri.EscapeDataString(LastPart(id, '/'))}"),
            WorkloadKind.LambdaFunction => new Uri($"{host}/lambda/home?region={region}#/functions/{Uri.EscapeDataString(FunctionName(id))}"),
            WorkloadKind.EcsService when Service(id) is var (cluster, service) =>
                new Uri($"{host}/ecs/v2/clusters/{Uri.EscapeDataString(cluster)}/services/{Uri.EscapeDataString(service)}?region={region}"),
            WorkloadKind.EksFargatePod when EksCluster(id) is { } cluster =>
                new Uri($"{host}/eks/home?region={region}#/clusters/{Uri.EscapeDataString(cluster)}?selectedTab=cluster-resources-tab"),
            _ => null,
        };
    }

    // An ASG ARN ends in autoScalingGroupName/name; a bare name stays as it is.
    private static string LastPart(string id, char separator) => id[(id.LastIndexOf(separator) + 1)..];

    // arn:aws:lambda:us-east-1:123:function:name[:alias] -> name; a bare name stays as it is.
    private static string FunctionName(string id)
    {
        var parts = id.Split(':');
        var at = Array.IndexOf(parts, "function");
        return at >= 0 && at + 1 < parts.Length ? parts[at + 1] : id;
    }

    // eks-fargate:region:account:cluster/namespace/owner (EksFargatePodCollector's id) -> cluster
    private static string? EksCluster(string id)
    {
        var resource = id[(id.LastIndexOf(':') + 1)..].Split('/');
        return resource.Length == 3 && resource[0].Length > 0 ? resource[0] : null;
    }

    // arn:aws:ecs:region:account:service/cluster/name
    private static (string Cluster, string Service)? Service(string arn)
    {
        var resource = arn[(arn.LastIndexOf(':') + 1)..].Split('/');
        return resource is ["service", var cluster, var service] ? (cluster, service) : null;
    }
}
