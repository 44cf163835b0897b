namespace Analyzer.Collectors.CostExplorer;

/// <summary>One ResultsByTime entry: a day, whether AWS still calls it an estimate, and its groups.</summary>
internal sealed record CostDay(DateOnly Date, bool Estimated, IReadOnlyList<CostGroup> Groups);
