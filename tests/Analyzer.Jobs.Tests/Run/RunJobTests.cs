using Analyzer.Core;
using Analyzer.Core.History;
using Analyzer.Core.Settings;
using Analyzer.Jobs.Collect;
using Analyzer.Jobs.Run;
using Analyzer.Reports;
using Analyzer.Storage.History;
using Analyzer.Testing.DuckDb;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Jobs.Tests.Run;

/// <summary>The whole run against the fake endpoint, and its row in the run history. The SDK reads the fake's key from the environment.</summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed class RunJobTests : IDisposable
{
    private readonly FakeAwsFleet _fleet = new(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
    private readonly AwsEnvironment _environment = AwsEnvironment.WithKey(FakeAwsCredential.Default);
    private readonly TempAnalyzerStore _store = new();
    private readonly string _out;

    public RunJobTests() => _out = Path.Combine(Path.GetDirectoryName(_store.Path)!, "reports");

    public void Dispose()
    {
        _store.Dispose();
        _environment.Dispose();
        _fleet.Dispose();
    }

    [Fact]
    public async Task RunAsync_WhenEveryStepSucceeds_RecordsTheRunWithTheReportsNumbers()
    {
        var result = await new RunJob(JobContext.Logging(TextWriter.Null, TextWriter.Null, TimeProvider.System)).RunAsync(_store.Store, Request(), "batch", CancellationToken.None);

        var run = Assert.Single(new RunHistory(_store.Store, TimeProvider.System).Latest());
        Assert.Equal((JobStatus.Succeeded, "run", "batch", JobRunOutcomes.Succeeded), (result.Status, run.Job, run.Trigger, run.End.Outcome));
        Assert.Equal((result.AnalysisRunId, 0, result.MonthlySavings, _out), (run.End.AnalysisRunId, run.End.CollectionFailures, run.End.MonthlySavings, run.End.OutputDirectory));
        Assert.NotNull(run.FinishedAt);
        Assert.True(File.Exists(Path.Combine(_out, "report.html")));
    }

    [Fact]
    public async Task RunAsync_WithABadAccountInTheConfiguration_RecordsTheFailureAndRethrows()
    {
        var request = Request() with
        {
            Collect = Request().Collect with { File = new CollectConfig { Accounts = [new CollectConfigAccount("not-an-id", null, null, null)] } },
        };

        var thrown = await Assert.ThrowsAsync<ConfigurationException>(() =>
            new RunJob(JobContext.Logging(TextWriter.Null, TextWriter.Null, TimeProvider.System)).RunAsync(_store.Store, request, "cli", CancellationToken.None));

        var run = Assert.Single(new RunHistory(_store.Store, TimeProvider.System).Latest());
        Assert.Equal((JobRunOutcomes.Failed, thrown.Message), (run.End.Outcome, run.End.Error));
    }

    private RunRequest Request() => new(
        new CollectRequest(new CollectConfig(), ["us-east-1"], [], _fleet.Endpoint, 2, null),
        new AnalysisSettings().Validate(),
        ReportOutputs.Parse("html,json"),
        _out);
}
