using System.Text.Json;
using Analyzer.Core.History;
using Analyzer.Scheduling.Tests.Support;

namespace Analyzer.Scheduling.Tests;

/// <summary>
/// `--once` with the embedded SQLite storage and a clock the test moves: a first start registers the schedule and
/// fires nothing; a second start (a restart: a new storage over the same file) at 06:00:30 on the 1st finds the daily
/// collection and the monthly report due and runs both; a third finds nothing due. The sequence runs once.
/// </summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed class SchedulerHostOnceTests(SchedulerHostOnceTests.Sequence sequence) : IClassFixture<SchedulerHostOnceTests.Sequence>
{
    [Fact]
    public void RunOnceAsync_BeforeAnythingIsDue_FiresNothing() => Assert.Empty(sequence.First);

    [Fact]
    public void RunOnceAsync_AfterARestartWhenBothJobsAreDue_FiresTheCollectionThenTheReport() =>
        Assert.Equal([("collect", "Succeeded"), ("report", "Succeeded")], sequence.Second.Select(j => (j.RecurringJobId, j.State)));

    [Fact]
    public void RunOnceAsync_WhenTheReportFires_WritesTheReportsInTheOutputFolder() =>
        Assert.Equal(["recommendations.json", "report-manifest.json", "report.html"], sequence.Reports);

    [Fact]
    public void RunOnceAsync_WhenTheJobsRan_RecordsBothInTheHistoryWithTheReportsSavings()
    {
        Assert.Equal(
            [("report", "schedule", JobRunOutcomes.Succeeded), ("collect", "schedule", JobRunOutcomes.Succeeded)],
            sequence.History.Select(r => (r.Job, r.Trigger, r.End.Outcome)));
        Assert.Equal(sequence.JsonSavings, sequence.History[0].End.MonthlySavings);
        Assert.Equal(0, sequence.History[1].End.CollectionFailures);
    }

    [Fact]
    public void RunOnceAsync_RightAfterTheJobsRan_FindsNothingDueAndKeepsTheHistory()
    {
        Assert.Empty(sequence.Third);
        Assert.Equal(2, sequence.HistoryAfterThird.Count);
    }

    /// <summary>The three starts, run once for the class.</summary>
    public sealed class Sequence : IAsyncLifetime, IDisposable
    {
        private readonly SchedulerSandbox sandbox = new();

        public IReadOnlyList<FiredJob> First { get; private set; } = [];

        public IReadOnlyList<FiredJob> Second { get; private set; } = [];

        public IReadOnlyList<FiredJob> Third { get; private set; } = [];

        public IReadOnlyList<string> Reports { get; private set; } = [];

        public IReadOnlyList<JobRun> History { get; private set; } = [];

        public IReadOnlyList<JobRun> HistoryAfterThird { get; private set; } = [];

        public decimal JsonSavings { get; private set; }

        public async Task InitializeAsync()
        {
            First = await sandbox.OnceAsync(SchedulerSandbox.BeforeFirstRun);
            Second = await sandbox.OnceAsync(SchedulerSandbox.AfterReportDue);
            Reports = [.. Directory.GetFiles(sandbox.ReportsDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
            History = sandbox.History();
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(sandbox.ReportsDirectory, "recommendations.json")));
            JsonSavings = Find(json.RootElement, "total_savings_usd")!.Value.GetDecimal();
            Third = await sandbox.OnceAsync(SchedulerSandbox.AfterReportDue.AddSeconds(5));
            HistoryAfterThird = sandbox.History();
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => sandbox.Dispose();

        private static JsonElement? Find(JsonElement element, string name)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == name)
                    {
                        return property.Value;
                    }

                    if (Find(property.Value, name) is { } found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }
    }
}
