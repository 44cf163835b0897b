namespace Analyzer.Core.Reporting;

/// <summary>
/// What stands beside the fleet commitment advice: the Savings Plans already held (from the bill) and Cost Explorer's
/// own purchase recommendations.
/// </summary>
/// <param name="HeldComputeHourly">The Compute commitment held that the advice is additional to, USD per hour.</param>
/// <param name="HeldComputeFromSetting">True when it came from the heldSavingsPlanHourlyUsd setting rather than the bill.</param>
public sealed record CommitmentContext(
    IReadOnlyList<HeldCommitmentLine> Held,
    decimal HeldComputeHourly,
    bool HeldComputeFromSetting,
    IReadOnlyList<CostExplorerCommitmentLine> CostExplorer)
{
    public static CommitmentContext Empty { get; } = new([], 0m, false, []);

    public bool IsEmpty => Held.Count == 0 && HeldComputeHourly == 0 && CostExplorer.Count == 0;

    public bool AnyLapsesSoon => Held.Any(h => h.LapsesSoon);
}
