namespace Analyzer.Jobs.Report;

/// <summary>How the report step ended and the files it wrote (none when it failed).</summary>
public sealed record ReportsWritten(JobStatus Status, IReadOnlyList<string> Files);
