using System.ComponentModel;
using Analyzer.Core;
using Analyzer.Core.History;
using Analyzer.Jobs;
using Analyzer.Jobs.Run;
using Analyzer.Storage;
using Analyzer.Storage.History;
using Hangfire.Storage;

namespace Analyzer.Scheduling;

/// <summary>
/// The scheduled jobs as Hangfire runs them: plain method calls into <see cref="RunJob"/>. A job that finds another
/// run of itself holding its lock in Hangfire's storage (a slow run still going, or another scheduler instance on the
/// same PostgreSQL) is skipped, with a 'skipped' row in the run history. A failure status becomes an exception so
/// Hangfire records the job as failed, and retries it only when the failure was transient (<see cref="RetryFilter"/>).
/// </summary>
public sealed class AnalyzerJobs(SchedulerRuntime runtime)
{
    public const string ScheduleTrigger = "schedule";
    public const string DashboardTrigger = "dashboard";

    [DisplayName("collect")]
    public Task CollectAsync(CancellationToken cancellationToken) =>
        RunLockedAsync(RunJob.Collection, ScheduleTrigger, (job, store, request) => job.CollectAsync(store, request, ScheduleTrigger, cancellationToken));

    [DisplayName("report")]
    public Task ReportAsync(CancellationToken cancellationToken) =>
        RunLockedAsync(RunJob.Reporting, ScheduleTrigger, (job, store, request) => job.ReportAsync(store, request, ScheduleTrigger, cancellationToken));

    /// <summary>The whole run (collect, analyze, report, upload), from the history page's "run now".</summary>
    [DisplayName("run now")]
    public Task RunNowAsync(CancellationToken cancellationToken) =>
        RunLockedAsync(RunJob.WholeRun, DashboardTrigger, (job, store, request) => job.RunAsync(store, request, DashboardTrigger, cancellationToken));

    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(3);

    /// <summary>The lock a job holds in Hangfire's storage while it runs.</summary>
    public static string LockName(string job) => "analyzer:job:" + job;

    private async Task RunLockedAsync(string job, string trigger, Func<RunJob, AnalyzerStore, RunRequest, Task<RunResult>> work)
    {
        using var connection = runtime.Storage.GetConnection();
        IDisposable held;
        try
        {
            // A few seconds, not zero: a retry fired right after a failed attempt can find that attempt's lock not yet
            // released by the storage (seen with SQLite under load); a run that really overlaps holds it for minutes.
            held = connection.AcquireDistributedLock(LockName(job), LockWait);
        }
        catch (DistributedLockTimeoutException)
        {
            Skip(job, trigger);
            return;
        }

        using (held)
        {
            using var store = AnalyzerStore.Open(runtime.StorePath, runtime.Time);
            RunRequest request;
            try
            {
                request = runtime.Request();
            }
            catch (ConfigurationException ex)
            {
                // A broken file fails the run before RunJob starts it: it still gets its row in the history.
                var history = new RunHistory(store, runtime.Time);
                history.Finish(history.Start(job, trigger), new JobRunEnd(JobRunOutcomes.Failed) { Error = ex.Message });
                throw;
            }

            var result = await work(new RunJob(runtime.JobContext()), store, request);
            if (result.Status != JobStatus.Succeeded)
            {
                throw new JobOutcomeException($"{job}: {result.Status}", result.Transient);
            }
        }
    }

    private void Skip(string job, string trigger)
    {
        using var store = AnalyzerStore.Open(runtime.StorePath, runtime.Time);
        var history = new RunHistory(store, runtime.Time);
        history.Finish(history.Start(job, trigger), new JobRunEnd(JobRunOutcomes.Skipped) { Error = $"another {job} run was still going" });
        runtime.Output.WriteLine($"{job}: skipped, another {job} run holds its lock");
    }
}
