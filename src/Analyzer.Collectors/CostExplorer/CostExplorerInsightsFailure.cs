namespace Analyzer.Collectors.CostExplorer;

/// <summary>One insight that could not be read; <paramref name="Source"/> names it in the run's failures.</summary>
public sealed record CostExplorerInsightsFailure(string Source, CollectorException Error);
