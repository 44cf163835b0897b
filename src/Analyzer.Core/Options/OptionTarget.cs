namespace Analyzer.Core.Options;

/// <summary>What an option would run: the size, architecture and capacity it was priced at.</summary>
/// <param name="InstanceType">EC2 instance type for EC2 options; null otherwise.</param>
/// <param name="Vcpu">vCPUs of one unit (instance, task, or the share a Lambda memory size buys).</param>
/// <param name="MemoryGib">Memory of one unit.</param>
/// <param name="LambdaMemoryMb">Lambda memory for Lambda options.</param>
/// <param name="Capacity">"on-demand", "spot", or a commitment such as "compute-sp-1y-no".</param>
/// <param name="MonthlyHours">Hours a month the option runs (730 unless it stops outside active or scheduled hours).</param>
/// <param name="Units">Whole instances or tasks in the hours it runs; unit-hours a month are <c>Units.Average x MonthlyHours</c>.</param>
public sealed record OptionTarget(
    string? InstanceType,
    string? Architecture,
    double? Vcpu,
    double? MemoryGib,
    int? LambdaMemoryMb,
    string Capacity,
    double MonthlyHours,
    UnitCount Units)
{
    /// <summary>What changes in a fleet's unit size and count, where the option is a fleet's.</summary>
    public FleetChange? Change { get; init; }

    /// <summary>
    /// Whole units in each observed hour of the window (0 when stopped), oldest first; kept only for the chosen
    /// option (it is written to option_hourly_units). Null where the profile had no hourly series.
    /// </summary>
    public IReadOnlyList<int>? HourlyUnits { get; init; }

    /// <summary>Unit-hours paid for a 730-hour month.</summary>
    public double MonthlyUnitHours => Units.Average * MonthlyHours;
}
