namespace Analyzer.Core.History;

/// <summary>One row of the run history: a job run from the command line, AWS Batch or the scheduler.</summary>
/// <param name="Job">"run", "collect" or "report".</param>
/// <param name="Trigger">"cli", "batch", "schedule" or "dashboard".</param>
/// <param name="FinishedAt">Null while it runs (or when its process died).</param>
public sealed record JobRun(string JobRunId, string Job, string Trigger, DateTime StartedAt, DateTime? FinishedAt, JobRunEnd End);
