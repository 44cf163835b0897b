namespace Analyzer.Core.Rules;

/// <summary>How many units of one size a pooled workload needs: at its busiest hour, and hour by hour.</summary>
/// <param name="PeakUnits">Units that cover the fleet's demand at the sizing percentile (never under the availability minimum).</param>
/// <param name="Series">Whole units each hour it runs, between its quiet floor and <paramref name="PeakUnits"/>.</param>
public sealed record FleetSize(int PeakUnits, UnitSeries Series);
