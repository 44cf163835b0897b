using Analyzer.Core.Workloads;

namespace Analyzer.Core.Reporting;

/// <summary>One kind's share of a <see cref="ComputeOptimizerCoverage"/>: compared, covered, agreed.</summary>
public sealed record KindCoverage(WorkloadKind Kind, int Workloads, int Covered, int Agrees)
{
    /// <summary>How the summary sentence names the kind: "EC2", "groups", "functions", "services".</summary>
    public string Label => Kind switch
    {
        WorkloadKind.Ec2Instance => "EC2",
        WorkloadKind.AutoScalingGroup => "groups",
        WorkloadKind.LambdaFunction => "functions",
        WorkloadKind.EcsService => "services",
        WorkloadKind.EksFargatePod => "EKS Fargate pods",
        _ => Kind.ToString(),
    };
}
