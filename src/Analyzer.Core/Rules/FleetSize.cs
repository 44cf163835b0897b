namespace Analyzer.Core.Rules;

/// <summary>How many units of one size a pooled workload needs: at its peak hour, and paid for on average.</summary>
/// <param name="PeakUnits">Units that cover the fleet's demand at the sizing percentile (never under the availability minimum).</param>
/// <param name="MeanUnits">Units running on average when the fleet keeps scaling as it does today.</param>
public sealed record FleetSize(int PeakUnits, double MeanUnits);
