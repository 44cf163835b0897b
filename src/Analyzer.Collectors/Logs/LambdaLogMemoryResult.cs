namespace Analyzer.Collectors.Logs;

/// <summary>Memory percents per function and hour read from the REPORT lines, and what the run should be told.</summary>
public sealed record LambdaLogMemoryResult(
    IReadOnlyDictionary<(string WorkloadId, DateTime Hour), (double Average, double Maximum)> Memory,
    IReadOnlyList<string> Notes);
