namespace Analyzer.Core.Workloads;

/// <summary>The four kinds of compute workload Analyzer prices options for.</summary>
public enum WorkloadKind
{
    Ec2Instance,
    AutoScalingGroup,
    EcsService,
    LambdaFunction,
}
