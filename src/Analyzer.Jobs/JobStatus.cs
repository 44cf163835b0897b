namespace Analyzer.Jobs;

/// <summary>
/// How a step (or the whole run) ended, for the outcomes a host branches on; the CLI turns each into its exit code and
/// the scheduler into a job state. Bugs and broken infrastructure are exceptions, not statuses.
/// </summary>
public enum JobStatus
{
    Succeeded,

    /// <summary>A download from AWS failed as a whole; what was collected before it stays in the store.</summary>
    CollectionFailed,

    /// <summary>A report could not be written or uploaded.</summary>
    ReportFailed,

    /// <summary>The store holds nothing for what was asked (no analysis run).</summary>
    NothingFound,

    /// <summary>A merge found a shard of the run missing, incomplete, duplicated or written for another run; nothing was merged.</summary>
    ShardsIncomplete,
}
