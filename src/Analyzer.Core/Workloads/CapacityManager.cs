namespace Analyzer.Core.Workloads;

/// <summary>The AWS service (or Kubernetes autoscaler) that owns an instance's or group's capacity.</summary>
public enum CapacityManager
{
    /// <summary>An EKS managed node group (eks:nodegroup-name).</summary>
    EksNodeGroup,

    /// <summary>Nodes Karpenter launched for a NodePool (karpenter.sh/*).</summary>
    Karpenter,

    /// <summary>A self-managed EKS/Kubernetes node group (kubernetes.io/cluster/NAME only).</summary>
    KubernetesSelfManaged,

    /// <summary>An AWS Batch managed compute environment.</summary>
    Batch,

    /// <summary>An Elastic Beanstalk environment.</summary>
    ElasticBeanstalk,
}
