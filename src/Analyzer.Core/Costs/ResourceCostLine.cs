namespace Analyzer.Core.Costs;

/// <summary>
/// One day of one resource's cost from Cost Explorer's resource-level data (GetCostAndUsageWithResources). Kept
/// apart from <see cref="CostLine"/>s: the same spend is already in the service totals. Money is USD.
/// </summary>
public sealed record ResourceCostLine(
    DateOnly UsageDate,
    string AccountId,
    string ResourceId,
    string Service,
    decimal UnblendedCost,
    decimal AmortizedCost,
    decimal UsageQuantity);
