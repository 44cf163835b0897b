namespace Analyzer.Core.Workloads;

/// <summary>
/// Capacity another service manages: an EKS node group or Karpenter NodePool, an AWS Batch compute environment or an
/// Elastic Beanstalk environment. Resizing its instances or its Auto Scaling group by hand would be undone by the
/// manager, so advice targets the manager's own setting (see <see cref="Rules.ManagedCapacityRule"/>).
/// Recognised from the tags the managers put on the instances and groups they launch. Names come from tags and are
/// untrusted.
/// </summary>
/// <param name="Name">The node group, NodePool, compute environment or environment name; "unknown" when no tag names it.</param>
/// <param name="Cluster">The EKS cluster, for the Kubernetes managers; null otherwise.</param>
public sealed record ManagedCapacity(CapacityManager Manager, string Name, string? Cluster)
{
    public const string EksClusterTag = "eks:cluster-name";
    public const string EksNodeGroupTag = "eks:nodegroup-name";
    public const string KubernetesClusterTagPrefix = "kubernetes.io/cluster/";
    public const string KarpenterTagPrefix = "karpenter.sh/";
    public const string KarpenterNodePoolTag = "karpenter.sh/nodepool";
    public const string KarpenterProvisionerTag = "karpenter.sh/provisioner-name";
    public const string BatchComputeEnvironmentTag = "aws:batch:compute-environment";
    public const string BatchServiceTag = "AWSBatchServiceTag";
    public const string BeanstalkEnvironmentNameTag = "elasticbeanstalk:environment-name";

    private const int MaxNameLength = 128;

    /// <summary>What manages the capacity these tags describe, or null for capacity nobody else manages.</summary>
    public static ManagedCapacity? Recognise(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var cluster = Value(tags, EksClusterTag) ?? KubernetesCluster(tags);
        if (Value(tags, EksNodeGroupTag) is { } nodeGroup)
        {
            return new ManagedCapacity(CapacityManager.EksNodeGroup, nodeGroup, cluster);
        }

        if (tags.Keys.Any(k => k.StartsWith(KarpenterTagPrefix, StringComparison.Ordinal)))
        {
            return new ManagedCapacity(CapacityManager.Karpenter, Value(tags, KarpenterNodePoolTag) ?? Value(tags, KarpenterProvisionerTag) ?? "unknown", cluster);
        }

        if (cluster is not null)
        {
            return new ManagedCapacity(CapacityManager.KubernetesSelfManaged, Value(tags, "aws:autoscaling:groupName") ?? cluster, cluster);
        }

        if (Value(tags, BatchComputeEnvironmentTag) is { } computeEnvironment)
        {
            return new ManagedCapacity(CapacityManager.Batch, computeEnvironment, null);
        }

        if (tags.ContainsKey(BatchServiceTag))
        {
            // Batch's own tag names the service, not always the environment: fall back on the group's name.
            return new ManagedCapacity(CapacityManager.Batch, Value(tags, "aws:autoscaling:groupName") ?? Value(tags, BatchServiceTag) ?? "unknown", null);
        }

        return Value(tags, BeanstalkEnvironmentNameTag) is { } environment
            ? new ManagedCapacity(CapacityManager.ElasticBeanstalk, environment, null)
            : null;
    }

    /// <summary>How the report names it: "EKS node group ng-1 (cluster prod)".</summary>
    public string Describe() => Manager switch
    {
        CapacityManager.EksNodeGroup => $"EKS managed node group {Name}{InCluster}",
        CapacityManager.Karpenter => $"Karpenter NodePool {Name}{InCluster}",
        CapacityManager.KubernetesSelfManaged => $"self-managed Kubernetes nodes {Name}{InCluster}",
        CapacityManager.Batch => $"AWS Batch compute environment {Name}",
        _ => $"Elastic Beanstalk environment {Name}",
    };

    private string InCluster => Cluster is null ? string.Empty : $" (cluster {Cluster})";

    private static string? KubernetesCluster(IReadOnlyDictionary<string, string> tags)
    {
        var key = tags.Keys.Where(k => k.StartsWith(KubernetesClusterTagPrefix, StringComparison.Ordinal) && k.Length > KubernetesClusterTagPrefix.Length)
            .Order(StringComparer.Ordinal).FirstOrDefault();
        return key is null ? null : Cut(key[KubernetesClusterTagPrefix.Length..]);
    }

    private static string? Value(IReadOnlyDictionary<string, string> tags, string key) =>
        tags.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? Cut(value.Trim()) : null;

    private static string Cut(string value) => value.Length > MaxNameLength ? value[..MaxNameLength] : value;
}
