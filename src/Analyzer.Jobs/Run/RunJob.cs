using Analyzer.Jobs.Analyze;
using Analyzer.Jobs.Collect;
using Analyzer.Jobs.Publish;
using Analyzer.Jobs.Report;
using Analyzer.Storage;

namespace Analyzer.Jobs.Run;

/// <summary>
/// The whole job in one go, as `analyzer run`, AWS Batch and the scheduler run it: collect, analyze, write the reports
/// and, when asked, upload them. Each step's failure stops the run where it fails, and what earlier steps committed
/// stays in the store.
/// </summary>
public sealed class RunJob(JobContext context)
{
    public async Task<RunResult> RunAsync(AnalyzerStore store, RunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var collect = request.Collect with { LookbackDays = request.Collect.LookbackDays ?? request.Collect.File.LookbackDays ?? request.Settings.LookbackDays };
        var collected = await CollectStep.RunAsync(context, store, collect, cancellationToken);
        if (collected.Status != JobStatus.Succeeded)
        {
            return new RunResult(collected.Status, null, []);
        }

        var analyzed = AnalyzeStep.Run(context, store, request.Settings, null, cancellationToken);
        var runId = analyzed.Run.RunId;
        var written = await new ReportStep(context).WriteAsync(analyzed.Model, request.Outputs, request.OutputDirectory, request.Paper, cancellationToken);
        if (written.Status != JobStatus.Succeeded || request.Upload is not { } target)
        {
            return new RunResult(written.Status, runId, written.Files) { CollectionFailures = collected.Failures };
        }

        var uploaded = await PublishStep.UploadAsync(context, target, runId, written.Files, collect.EndpointUrl, cancellationToken);
        return new RunResult(uploaded, runId, written.Files) { CollectionFailures = collected.Failures };
    }
}
