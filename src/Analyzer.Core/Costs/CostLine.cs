namespace Analyzer.Core.Costs;

/// <summary>
/// One day of cost for one account, region, service and usage type, optionally for one resource, as Cost
/// Explorer, CUR 2.0 or FOCUS report it. Money is USD.
/// </summary>
public sealed record CostLine(
    DateOnly UsageDate,
    string AccountId,
    string Region,
    string Service,
    string UsageType,
    string? ResourceId,
    decimal UnblendedCost,
    decimal AmortizedCost,
    decimal UsageQuantity);
