namespace Analyzer.Core.Workloads;

/// <summary>
/// One workload as inventoried: an EC2 instance, an Auto Scaling group, an ECS service or a Lambda function.
/// Every string here may have come from AWS and is untrusted in HTML, SQL and file paths.
/// </summary>
/// <param name="WorkloadId">Stable id: instance id, ASG ARN or name, ECS service ARN, Lambda function ARN.</param>
/// <param name="InstanceType">EC2 instance type (EC2, ASG, ECS on EC2); null for Fargate and Lambda.</param>
/// <param name="Vcpu">vCPUs of one unit (instance, task); for Lambda the vCPU share its memory buys.</param>
/// <param name="MemoryGib">Memory of one unit in GiB; for Lambda the configured memory.</param>
/// <param name="Architecture">"x86_64" or "arm64".</param>
/// <param name="PurchaseOption">"on-demand", "spot", or "reserved" as launched.</param>
/// <param name="LaunchType">ECS: "EC2" or "FARGATE"; null otherwise.</param>
/// <param name="DesiredCount">ASG desired capacity or ECS desired task count; 1 for a single instance.</param>
/// <param name="LambdaMemoryMb">Lambda configured memory in MB.</param>
/// <param name="LambdaTimeoutSeconds">Lambda configured timeout.</param>
public sealed record Workload(
    string WorkloadId,
    string AccountId,
    string Region,
    WorkloadKind Kind,
    string Name,
    string? InstanceType,
    double? Vcpu,
    double? MemoryGib,
    string Architecture,
    string PurchaseOption,
    string? LaunchType,
    int DesiredCount,
    int? LambdaMemoryMb,
    int? LambdaTimeoutSeconds,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>EC2's platform details ("Linux/UNIX", "Windows", "Red Hat Enterprise Linux", ...); see <see cref="Ec2Platforms"/>.</summary>
    public string Platform { get; init; } = Ec2Platforms.Linux;

    /// <summary>"default" (shared), "dedicated" or "host".</summary>
    public string Tenancy { get; init; } = Ec2Platforms.SharedTenancy;
}
