using Analyzer.Core.Costs;
using Analyzer.Core.Time;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>What one Cost Explorer collection returned.</summary>
/// <param name="ClosedThrough">The last day whose figures are final: the watermark for the next run.</param>
/// <param name="Asked">The days actually requested (the window minus days already closed); load lines for this window.</param>
public sealed record CostExplorerResult(IReadOnlyList<CostLine> Lines, DateOnly? ClosedThrough, Period Asked);
