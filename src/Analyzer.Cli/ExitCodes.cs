using Analyzer.Jobs;

namespace Analyzer.Cli;

/// <summary>One exit code per failure class, so a scheduler (AWS Batch, cron) can tell them apart.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A bug or an error nobody classified.</summary>
    public const int Unexpected = 1;

    /// <summary>Bad command-line arguments or configuration.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened, migrated, read or written.</summary>
    public const int Storage = 3;

    /// <summary>A download from AWS (a collection run, the Price List) failed as a whole; the store was not changed by it.</summary>
    public const int Collection = 4;

    /// <summary>A report could not be written.</summary>
    public const int Report = 5;

    /// <summary>The store holds nothing for what was asked (no price for that type and region, no analysis run).</summary>
    public const int NothingFound = 6;

    /// <summary>
    /// The job finished and wrote its reports, but part of the data could not be collected (an account, a region or a
    /// source failed; collection_runs says which): the numbers are incomplete.
    /// </summary>
    public const int DataGaps = 10;

    /// <summary>Another Analyzer process has the store open; nothing was done. Retry when it has finished.</summary>
    public const int StoreInUse = 11;

    /// <summary>
    /// A merge found a shard of the run missing, incomplete, duplicated or from another run or build; stderr names
    /// each, and nothing was merged.
    /// </summary>
    public const int ShardsIncomplete = 12;

    /// <summary>The run was cancelled (Ctrl+C, SIGINT).</summary>
    public const int Cancelled = 130;

    /// <summary>The run was stopped by SIGTERM (AWS Batch, systemd, docker stop), after cleaning up as for a cancel.</summary>
    public const int Terminated = 143;

    /// <summary>The exit code of a job's status.</summary>
    public static int From(JobStatus status) => status switch
    {
        JobStatus.Succeeded => Success,
        JobStatus.CollectionFailed => Collection,
        JobStatus.ReportFailed => Report,
        JobStatus.NothingFound => NothingFound,
        JobStatus.ShardsIncomplete => ShardsIncomplete,
        _ => Unexpected,
    };

    /// <summary>The exit code of a job that collected: a success with collection failures finished with data gaps.</summary>
    public static int From(JobStatus status, int collectionFailures) =>
        status == JobStatus.Succeeded && collectionFailures > 0 ? DataGaps : From(status);
}
