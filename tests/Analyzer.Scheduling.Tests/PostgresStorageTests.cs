using Analyzer.Core.History;
using Analyzer.Scheduling.Tests.Support;

namespace Analyzer.Scheduling.Tests;

/// <summary>The same schedule with Hangfire's state in a real local PostgreSQL server (--hangfire-postgres).</summary>
[Collection(AwsEnvironmentGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PostgresStorageTests
{
    [Fact]
    public async Task RunOnceAsync_WithPostgresStorage_FiresAndRunsTheDueJobs()
    {
        using var postgres = new LocalPostgres();
        using var sandbox = new SchedulerSandbox();
        await sandbox.OnceAsync(SchedulerSandbox.BeforeFirstRun, postgres.ConnectionString);

        var fired = await sandbox.OnceAsync(SchedulerSandbox.AfterReportDue, postgres.ConnectionString);

        Assert.Equal([("collect", "Succeeded"), ("report", "Succeeded")], fired.Select(j => (j.RecurringJobId, j.State)));
        Assert.Equal([JobRunOutcomes.Succeeded, JobRunOutcomes.Succeeded], sandbox.History().Select(r => r.End.Outcome));
        Assert.True(File.Exists(Path.Combine(sandbox.ReportsDirectory, "report.html")));
        Assert.False(File.Exists(HangfireStorageFactory.SqlitePathFor(sandbox.StorePath)));
    }
}
