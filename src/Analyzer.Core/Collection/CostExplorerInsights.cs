using Analyzer.Core.Costs;

namespace Analyzer.Core.Collection;

/// <summary>
/// What Cost Explorer said about one account beyond daily cost. Each set replaces the store's rows for its scope;
/// a null set could not be read (denied, not enabled) and the store keeps what it had.
/// </summary>
/// <param name="SavingsPlansStart">The first whole UTC day the Savings Plans sets cover.</param>
/// <param name="SavingsPlansEnd">The day after the last (half-open).</param>
public sealed record CostExplorerInsights(string AccountId, DateOnly SavingsPlansStart, DateOnly SavingsPlansEnd)
{
    public IReadOnlyList<SavingsPlanHeld>? SavingsPlansHeld { get; init; }

    public IReadOnlyList<SavingsPlansUtilizationDay>? SavingsPlansUtilization { get; init; }

    public IReadOnlyList<SavingsPlansCoverageDay>? SavingsPlansCoverage { get; init; }

    public IReadOnlyList<SavingsPlanPurchaseRecommendation>? PurchaseRecommendations { get; init; }

    public IReadOnlyList<CeRightsizingRecommendation>? Rightsizing { get; init; }

    public IReadOnlyList<ResourceCostLine>? ResourceCosts { get; init; }

    /// <summary>The first day asked for resource-level cost (half-open with <see cref="ResourceEnd"/>); its lines replace those days.</summary>
    public DateOnly ResourceStart { get; init; }

    public DateOnly ResourceEnd { get; init; }
}
