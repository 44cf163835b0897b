namespace Analyzer.Core.History;

/// <summary>The words job_runs.outcome holds.</summary>
public static class JobRunOutcomes
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string CollectionFailed = "collection_failed";
    public const string ReportFailed = "report_failed";
    public const string NothingFound = "nothing_found";

    /// <summary>An exception ended it (a store error, a bad configuration, a bug).</summary>
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    /// <summary>The scheduler did not start it: another run of the same job still held its lock.</summary>
    public const string Skipped = "skipped";
}
