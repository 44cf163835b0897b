using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.ComputeOptimizer;

/// <summary>
/// What our chosen option and AWS's recommendation would each run, as one comparable key per kind: the instance
/// type (EC2, Cost Explorer; "stop" for an idle instance), type and count (groups), memory (functions), task size and
/// count (services). Where AWS leaves a value out it keeps the current one. Our key is null when our option is of
/// a kind AWS never recommends (Spot for a group, Fargate for an instance, ...), so it can never be the same.
/// </summary>
internal static class ComparisonTargets
{
    public const string Stop = "stop";

    public static (string? Ours, string? Theirs) Of(Workload workload, OptionResult chosen, ComputeOptimizerRecommendation aws) => aws.Source switch
    {
        "asg" => (IsEc2OnDemand(chosen.Family) ? Fleet(chosen.Target?.InstanceType ?? workload.InstanceType, OurCount(workload, chosen)) : null,
                  Fleet(aws.RecommendedInstanceType ?? workload.InstanceType, aws.RecommendedCount ?? workload.DesiredCount)),
        "lambda" => (chosen.Family switch
                     {
                         OptionFamily.Current => Memory(workload.LambdaMemoryMb),
                         OptionFamily.LambdaRightsized => Memory(chosen.Target?.LambdaMemoryMb),
                         _ => null,
                     },
                     Memory(aws.RecommendedMemoryMb ?? workload.LambdaMemoryMb)),
        "ecs" => (chosen.Family is OptionFamily.Current or OptionFamily.Fargate
                      ? Task(CpuUnits(chosen.Target?.Vcpu ?? workload.Vcpu), MemoryMb(chosen.Target?.MemoryGib ?? workload.MemoryGib), OurCount(workload, chosen))
                      : null,
                  Task(aws.RecommendedCpuUnits ?? CpuUnits(workload.Vcpu), aws.RecommendedMemoryMb ?? MemoryMb(workload.MemoryGib), workload.DesiredCount)),
        "cost-explorer" => (Instance(workload, chosen), IsTerminate(aws) ? Stop : aws.RecommendedInstanceType ?? workload.InstanceType),
        _ => (Instance(workload, chosen), aws.RecommendedInstanceType ?? aws.RecommendedConfiguration ?? workload.InstanceType),
    };

    /// <summary>Units our option runs: the current count, or the most its fleet runs in an hour.</summary>
    public static int OurCount(Workload workload, OptionResult chosen) =>
        chosen.Family == OptionFamily.Current || chosen.Target is null
            ? workload.DesiredCount
            : chosen.Target.Units.Max;

    public static bool IsTerminate(ComputeOptimizerRecommendation aws) => string.Equals(aws.Finding, "TERMINATE", StringComparison.OrdinalIgnoreCase);

    public static bool IsEc2OnDemand(OptionFamily family) => family is OptionFamily.Current or OptionFamily.Ec2Rightsized or OptionFamily.Graviton;

    /// <summary>"m5" of "m5.large"; the whole type when it has no dot.</summary>
    public static string FamilyOf(string instanceType) => instanceType.Split('.')[0];

    private static string? Instance(Workload workload, OptionResult chosen) => chosen.Family switch
    {
        OptionFamily.Current => workload.InstanceType,
        OptionFamily.Stop => Stop,
        OptionFamily.Ec2Rightsized or OptionFamily.Graviton or OptionFamily.Ec2Spot => chosen.Target?.InstanceType,
        _ => null,
    };

    private static string? Fleet(string? instanceType, int count) =>
        instanceType is null ? null : string.Create(CultureInfo.InvariantCulture, $"{instanceType} x{count}");

    private static string? Memory(int? mb) => mb is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m} MB") : null;

    private static string? Task(int? cpuUnits, int? memoryMb, int count) =>
        cpuUnits is { } c && memoryMb is { } m ? string.Create(CultureInfo.InvariantCulture, $"{c} CPU units / {m} MB x{count}") : null;

    private static int? CpuUnits(double? vcpu) => vcpu is { } v ? (int)Math.Round(v * 1024, MidpointRounding.AwayFromZero) : null;

    private static int? MemoryMb(double? gib) => gib is { } g ? (int)Math.Round(g * 1024, MidpointRounding.AwayFromZero) : null;
}
