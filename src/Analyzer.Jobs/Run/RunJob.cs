using Analyzer.Jobs.Analyze;
using Analyzer.Jobs.Collect;
using Analyzer.Jobs.Demo;
using Analyzer.Jobs.History;
using Analyzer.Jobs.Publish;
using Analyzer.Jobs.Report;
using Analyzer.Jobs.Shards;
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
    public const string Sharding = "shard";
    public const string Merging = "merge";

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

    /// <summary>One shard of a sharded run: collect its slice of the accounts and write it as Parquet under the shards' URI.</summary>
    public Task<RunResult> ShardAsync(AnalyzerStore store, RunRequest request, ShardRun shard, string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(shard);
        return RecordedRun.RunAsync(store, context.Time, Sharding, trigger, async () =>
        {
            var collected = await ShardStep.RunAsync(context, store, Collect(request), shard, cancellationToken);
            return new RunResult(collected.Status, null, []) { CollectionFailures = collected.Failures, Transient = collected.Transient };
        }, cancellationToken);
    }

    /// <summary>
    /// The merge of a sharded run: build the organisation-wide store from every shard, then analyze the whole fleet
    /// (the commitment portfolio needs every account's hourly series), write and upload the reports, and write the
    /// run's results in the history layout Athena reads.
    /// </summary>
    public Task<RunResult> MergeAsync(AnalyzerStore store, RunRequest request, ShardRun merge, string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(merge);
        return RecordedRun.RunAsync(store, context.Time, Merging, trigger, async () =>
        {
            var merged = await MergeStep.RunAsync(context, store, merge, cancellationToken);
            if (merged.Status != JobStatus.Succeeded)
            {
                return new RunResult(merged.Status, null, []);
            }

            var windowEnd = merge.Period.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var reported = await ReportAsync(store, request with { WindowEnd = windowEnd }, cancellationToken) with { CollectionFailures = merged.CollectionFailures };
            if (reported.AnalysisRunId is not { } runId)
            {
                return reported;
            }

            var history = await MergeStep.WriteHistoryAsync(context, store, merge, runId, cancellationToken);
            return reported.Status == JobStatus.Succeeded ? reported with { Status = history } : reported;
        }, cancellationToken);
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
        var windowEnd = request.Source == RunSource.Demo ? DemoData.WindowEnd : request.WindowEnd;
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
