using Analyzer.Core.Collection;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>What <see cref="CostExplorerInsightsCollector"/> read for one account.</summary>
/// <param name="Insights">The sets read; a null set failed or was not asked for.</param>
/// <param name="ResourcesClosedThrough">The last day of resource-level cost held in final form: the next watermark.</param>
public sealed record CostExplorerInsightsResult(
    CostExplorerInsights Insights,
    IReadOnlyList<CostExplorerInsightsFailure> Failures,
    IReadOnlyList<string> Notes,
    DateOnly? ResourcesClosedThrough);
