using Analyzer.Jobs.Analyze;
using Analyzer.Jobs.Collect;
using Analyzer.Jobs.Demo;
using Analyzer.Jobs.History;
using Analyzer.Jobs.Publish;
using Analyzer.Jobs.Report;
using Analyzer.Storage;

namespace Analyzer.Jobs.Run;

/// <summary>
/// The whole job in one go, as `analyzer run`, AWS Batch and the scheduler run it: collect, analyze, write the reports
/// and, when asked, upload them; and its two halves, which the scheduler runs on their own timetables. Each step's
/// failure stops the run where it fails, and what earlier steps committed stays in the store. Every run has its row in
/// the run history (job_runs), named by its job ("run", "collect", "report") and trigger ("cli", "batch", "schedule", ...).
/// </summary>
public sealed class RunJob(JobContext context)
{
    public const string WholeRun = "run";
    public const string Collection = "collect";
    public const string Reporting = "report";

    /// <summary>Collect, analyze, report and upload.</summary>
    public Task<RunResult> RunAsync(AnalyzerStore store, RunRequest request, string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        return RecordedRun.RunAsync(store, context.Time, WholeRun, trigger, async () =>
        {
            var collected = await CollectAsync(store, request, cancellationToken);
            return collected.Status != JobStatus.Succeeded
                ? collected
                : await ReportAsync(store, request, cancellationToken) with { CollectionFailures = collected.CollectionFailures };
        }, cancellationToken);
    }

    /// <summary>The collection alone.</summary>
    public Task<RunResult> CollectAsync(AnalyzerStore store, RunRequest request, string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        return RecordedRun.RunAsync(store, context.Time, Collection, trigger, () => CollectAsync(store, request, cancellationToken), cancellationToken);
    }

    /// <summary>Analyze what the store holds, write the reports and upload them.</summary>
    public Task<RunResult> ReportAsync(AnalyzerStore store, RunRequest request, string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        return RecordedRun.RunAsync(store, context.Time, Reporting, trigger, () => ReportAsync(store, request, cancellationToken), cancellationToken);
    }

    private async Task<RunResult> CollectAsync(AnalyzerStore store, RunRequest request, CancellationToken cancellationToken)
    {
        if (request.Source == RunSource.Demo)
        {
            await DemoData.LoadAsync(context, store, cancellationToken);
            return new RunResult(JobStatus.Succeeded, null, []) { CollectionFailures = 0 };
        }

        var collected = await CollectStep.RunAsync(context, store, Collect(request), cancellationToken);
        return new RunResult(collected.Status, null, []) { CollectionFailures = collected.Failures, Transient = collected.Transient };
    }

    private async Task<RunResult> ReportAsync(AnalyzerStore store, RunRequest request, CancellationToken cancellationToken)
    {
        var windowEnd = request.Source == RunSource.Demo ? DemoData.WindowEnd : (DateTime?)null;
        var analyzed = AnalyzeStep.Run(context, store, request.Settings, windowEnd, cancellationToken);
        var runId = analyzed.Run.RunId;
        var written = await new ReportStep(context).WriteAsync(analyzed.Model, request.Outputs, request.OutputDirectory, request.Paper, cancellationToken);
        var result = new RunResult(written.Status, runId, written.Files) { OutputDirectory = request.OutputDirectory }.With(analyzed.Model);
        if (written.Status != JobStatus.Succeeded || request.Upload is not { } target)
        {
            return result;
        }

        var uploaded = await PublishStep.UploadAsync(context, target, runId, written.Files, request.Collect.EndpointUrl, cancellationToken);
        return result with { Status = uploaded };
    }

    /// <summary>The collection's lookback: the one asked for, else the file's, else what the analysis sizes against.</summary>
    private static CollectRequest Collect(RunRequest request) =>
        request.Collect with { LookbackDays = request.Collect.LookbackDays ?? request.Collect.File.LookbackDays ?? request.Settings.LookbackDays };
}
