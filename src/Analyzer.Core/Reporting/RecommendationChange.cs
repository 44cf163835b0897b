using Analyzer.Core.Options;

namespace Analyzer.Core.Reporting;

/// <summary>A recommendation that appeared or went away between two runs.</summary>
/// <param name="MonthlySavings">The savings the recommendation offered (in the run where it existed).</param>
public sealed record RecommendationChange(
    string WorkloadId,
    string Name,
    string AccountId,
    OptionFamily Option,
    decimal MonthlySavings);
