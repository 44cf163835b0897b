namespace Analyzer.Core.Workloads;

/// <summary>The kinds of compute workload Analyzer prices options for.</summary>
public enum WorkloadKind
{
    Ec2Instance,
    AutoScalingGroup,
    EcsService,
    LambdaFunction,

    /// <summary>The pods of one Kubernetes owner (Deployment, Job...) on EKS Fargate, in one cluster and namespace.</summary>
    EksFargatePod,
}
