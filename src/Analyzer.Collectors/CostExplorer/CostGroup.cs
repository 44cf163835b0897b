namespace Analyzer.Collectors.CostExplorer;

/// <summary>One SERVICE x USAGE_TYPE group of a day.</summary>
internal sealed record CostGroup(string Service, string UsageType, decimal UnblendedCost, decimal AmortizedCost, decimal UsageQuantity);
