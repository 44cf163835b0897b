using Analyzer.Core.History;
using Analyzer.Scheduling.Tests.Support;
using Analyzer.Testing.FakeAws;
using Hangfire.Storage;

namespace Analyzer.Scheduling.Tests;

/// <summary>What the scheduler does when a run fails or overlaps: the daily collection fired by `--once` at 02:00:30.</summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed class RetryAndOverlapTests
{
    private static readonly DateTimeOffset AfterCollectDue = new(2026, 12, 1, 2, 0, 30, TimeSpan.Zero);

    [Fact]
    public async Task Collect_WhenAwsThrottlesTheFirstAttempt_IsRetriedAndSucceeds()
    {
        using var sandbox = new SchedulerSandbox();
        await sandbox.OnceAsync(SchedulerSandbox.BeforeFirstRun);
        // More throttling answers than the SDK's own 5 attempts: the first run fails as a whole, transiently.
        sandbox.Fleet.Server.Fail("GetCallerIdentity", FakeFault.Throttle, times: 5);

        var fired = Assert.Single(await sandbox.OnceAsync(AfterCollectDue));

        // The job's last error and every run's outcome in the message: this test once failed in a full run on a busy
        // machine (passing alone), and the next failure should say why.
        Assert.True(fired.State == "Succeeded", $"{fired.State}: {fired.ExceptionType}: {fired.Message}; runs: {string.Join(", ", sandbox.History().Select(r => $"{r.End.Outcome} ({r.End.Error})"))}");
        Assert.Equal(
            [JobRunOutcomes.Succeeded, JobRunOutcomes.CollectionFailed],
            sandbox.History().Select(r => r.End.Outcome));
        Assert.Equal("1", RetryCount(sandbox, fired.JobId));
    }

    [Fact]
    public async Task Collect_WithAMissingCollectionFile_FailsOnceWithoutRetry()
    {
        using var sandbox = new SchedulerSandbox(collectConfig: "no-such-file.json");
        await sandbox.OnceAsync(SchedulerSandbox.BeforeFirstRun);

        var fired = Assert.Single(await sandbox.OnceAsync(AfterCollectDue));

        Assert.Equal(("Failed", "Analyzer.Core.ConfigurationException"), (fired.State, fired.ExceptionType));
        var run = Assert.Single(sandbox.History());
        Assert.Equal(JobRunOutcomes.Failed, run.End.Outcome);
        Assert.Contains("no-such-file.json", run.End.Error, StringComparison.Ordinal);
        Assert.Null(RetryCount(sandbox, fired.JobId));
    }

    [Fact]
    public async Task Collect_WhileAnotherCollectHoldsItsLock_IsSkipped()
    {
        using var sandbox = new SchedulerSandbox();
        await sandbox.OnceAsync(SchedulerSandbox.BeforeFirstRun);
        var storage = HangfireStorageFactory.Create(sandbox.StorePath, null);
        using var connection = storage.GetConnection();
        using var held = connection.AcquireDistributedLock(AnalyzerJobs.LockName("collect"), TimeSpan.FromSeconds(5));

        var fired = Assert.Single(await sandbox.OnceAsync(AfterCollectDue));

        Assert.Equal("Succeeded", fired.State);
        var run = Assert.Single(sandbox.History());
        Assert.Equal(("collect", JobRunOutcomes.Skipped), (run.Job, run.End.Outcome));
        Assert.Equal(0, sandbox.Fleet.Server.Calls("DescribeInstances"));
    }

    private static string? RetryCount(SchedulerSandbox sandbox, string jobId)
    {
        var storage = HangfireStorageFactory.Create(sandbox.StorePath, null);
        using var connection = storage.GetConnection();
        return connection.GetJobParameter(jobId, "RetryCount");
    }
}
