namespace Analyzer.Jobs.Collect;

/// <summary>How a collection ended.</summary>
/// <param name="Failures">Accounts, regions or calls that failed while the rest was collected: gaps in the data.</param>
/// <param name="Transient">Every failure was throttling or a transient error, so trying again later may succeed.</param>
public sealed record CollectStepResult(JobStatus Status, int Failures, bool Transient)
{
    /// <summary>The accounts the collection was for (a shard's slice), in id order; empty when they could not be resolved.</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];
}
