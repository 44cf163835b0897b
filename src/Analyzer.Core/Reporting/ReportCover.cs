using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Reporting;

/// <summary>The cover page: what the report covers and how it was produced.</summary>
/// <param name="Period">The analyzed lookback window (half-open, UTC).</param>
/// <param name="PricesAsOf">The date of the prices the options were priced with.</param>
/// <param name="RunId">The analysis run this report was built from.</param>
/// <param name="GeneratedAt">When the report model was built (from a TimeProvider).</param>
public sealed record ReportCover(
    string Title,
    Period Period,
    IReadOnlyList<Account> Accounts,
    IReadOnlyList<string> Regions,
    DateOnly PricesAsOf,
    string RunId,
    DateTimeOffset GeneratedAt);
