namespace Analyzer.Core.Workloads;

/// <summary>The stable text form of <see cref="WorkloadKind"/> used in the store, exports and reports.</summary>
public static class WorkloadKindNames
{
    public const string Ec2Instance = "ec2_instance";
    public const string AutoScalingGroup = "asg";
    public const string EcsService = "ecs_service";
    public const string LambdaFunction = "lambda_function";
    public const string EksFargatePod = "eks_fargate_pod";

    public static string ToName(this WorkloadKind kind) => kind switch
    {
        WorkloadKind.Ec2Instance => Ec2Instance,
        WorkloadKind.AutoScalingGroup => AutoScalingGroup,
        WorkloadKind.EcsService => EcsService,
        WorkloadKind.LambdaFunction => LambdaFunction,
        WorkloadKind.EksFargatePod => EksFargatePod,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown workload kind."),
    };

    public static WorkloadKind Parse(string name) => name switch
    {
        Ec2Instance => WorkloadKind.Ec2Instance,
        AutoScalingGroup => WorkloadKind.AutoScalingGroup,
        EcsService => WorkloadKind.EcsService,
        LambdaFunction => WorkloadKind.LambdaFunction,
        EksFargatePod => WorkloadKind.EksFargatePod,
        _ => throw new FormatException($"'{name}' is not a workload kind; expected one of {Ec2Instance}, {AutoScalingGroup}, {EcsService}, {LambdaFunction}, {EksFargatePod}."),
    };
}
