namespace Analyzer.Jobs.Collect;

/// <summary>How a collection ended.</summary>
/// <param name="Failures">Accounts, regions or calls that failed while the rest was collected: gaps in the data.</param>
/// <param name="Transient">Every failure was throttling or a transient error, so trying again later may succeed.</param>
public sealed record CollectStepResult(JobStatus Status, int Failures, bool Transient);
