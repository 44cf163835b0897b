namespace Analyzer.Core.Options;

/// <summary>What an option changes in a fleet's shape, carried as facts rather than parsed back from text.</summary>
/// <param name="FromUnits">Units today (fewest and most in an hour).</param>
/// <param name="ToUnits">Units under the option.</param>
/// <param name="FromSize">Today's unit: an instance type or "1 vCPU/2 GB".</param>
/// <param name="ToSize">The option's unit.</param>
public sealed record FleetChange(UnitCount FromUnits, UnitCount ToUnits, string FromSize, string ToSize)
{
    /// <summary>True when the option runs fewer units at its busiest hour than today.</summary>
    public bool Reduces => ToUnits.Max < FromUnits.Max;

    /// <summary>"10 x m5.xlarge -> 2-4 x m5.large (avg 2.6)".</summary>
    public override string ToString() => $"{FromUnits.Times(FromSize)} → {ToUnits.Times(ToSize)}";
}
