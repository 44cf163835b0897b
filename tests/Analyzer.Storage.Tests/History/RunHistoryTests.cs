using Analyzer.Core.History;
using Analyzer.Storage.History;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests.History;

public sealed class RunHistoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
    private readonly FixedTimeProvider _time = new(Now);
    private readonly TempAnalyzerStore _store;
    private readonly RunHistory _history;

    public RunHistoryTests()
    {
        _store = new TempAnalyzerStore(_time);
        _history = new RunHistory(_store.Store, _time);
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Start_BeforeFinish_ReadsBackAsRunningWithoutAnEnd()
    {
        _history.Start("collect", "schedule");

        var run = Assert.Single(_history.Latest());

        Assert.Equal(("collect", "schedule", JobRunOutcomes.Running, Now.UtcDateTime, (DateTime?)null), (run.Job, run.Trigger, run.End.Outcome, run.StartedAt, run.FinishedAt));
    }

    [Fact]
    public void Finish_WithWhatTheRunFound_ReadsBackEveryValue()
    {
        var id = _history.Start("run", "cli");
        _time.Now = Now.AddMinutes(3);

        _history.Finish(id, new JobRunEnd(JobRunOutcomes.Succeeded)
        {
            AnalysisRunId = "r1",
            CollectionFailures = 2,
            DataQualityIssues = 5,
            MonthlySpendAnalyzed = 60844.50m,
            MonthlySavings = 21469.64m,
            OutputDirectory = "/reports",
        });

        var run = Assert.Single(_history.Latest());
        Assert.Equal(Now.AddMinutes(3).UtcDateTime, run.FinishedAt);
        Assert.Equal(
            new JobRunEnd(JobRunOutcomes.Succeeded) { AnalysisRunId = "r1", CollectionFailures = 2, DataQualityIssues = 5, MonthlySpendAnalyzed = 60844.50m, MonthlySavings = 21469.64m, OutputDirectory = "/reports" },
            run.End);
    }

    [Fact]
    public void Latest_WithSeveralRuns_ListsNewestFirstUpToTheLimit()
    {
        foreach (var minutes in new[] { 0, 10, 5 })
        {
            _time.Now = Now.AddMinutes(minutes);
            _history.Start("run", $"t{minutes}");
        }

        Assert.Equal(["t10", "t5"], _history.Latest(2).Select(r => r.Trigger));
    }
}
