namespace Analyzer.Core.Options;

/// <summary>What an option would run: the size, architecture and capacity it was priced at.</summary>
/// <param name="InstanceType">EC2 instance type for EC2 options; null otherwise.</param>
/// <param name="Vcpu">vCPUs of one unit (instance, task, or the share a Lambda memory size buys).</param>
/// <param name="MemoryGib">Memory of one unit.</param>
/// <param name="LambdaMemoryMb">Lambda memory for Lambda options.</param>
/// <param name="Capacity">"on-demand", "spot", or a commitment such as "compute-sp-1y-no".</param>
/// <param name="MonthlyHours">Hours a month each unit is paid for.</param>
/// <param name="Units">Instances or tasks paid for on average.</param>
public sealed record OptionTarget(
    string? InstanceType,
    string? Architecture,
    double? Vcpu,
    double? MemoryGib,
    int? LambdaMemoryMb,
    string Capacity,
    double MonthlyHours,
    double Units);
