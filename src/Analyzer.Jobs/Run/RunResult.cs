namespace Analyzer.Jobs.Run;

/// <summary>How a whole run ended: its status, the analysis run it wrote (if it got that far) and the report files.</summary>
public sealed record RunResult(JobStatus Status, string? AnalysisRunId, IReadOnlyList<string> Reports)
{
    /// <summary>Accounts, regions or calls the collection could not read: gaps in the data the reports are built on.</summary>
    public int CollectionFailures { get; init; }
}
