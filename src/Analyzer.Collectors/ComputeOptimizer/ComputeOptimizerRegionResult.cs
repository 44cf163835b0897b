using Analyzer.Core.Collection;

namespace Analyzer.Collectors.ComputeOptimizer;

/// <summary>
/// What <see cref="ComputeOptimizerRegion"/> read for one account and region: the findings (a type left null was
/// not read), whether the account is not enrolled, and each operation that failed with the run source it belongs to.
/// </summary>
public sealed record ComputeOptimizerRegionResult(
    ComputeOptimizerFindings Findings,
    bool NotEnrolled,
    IReadOnlyList<(string Source, CollectorException Error)> Failures);
