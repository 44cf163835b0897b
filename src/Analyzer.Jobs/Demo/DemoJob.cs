using Analyzer.Analysis;
using Analyzer.Analysis.Reporting;
using Analyzer.Core.Settings;
using Analyzer.Jobs.Analyze;
using Analyzer.Jobs.Report;
using Analyzer.Reports;
using Analyzer.Reports.Pdf;
using Analyzer.Storage;

namespace Analyzer.Jobs.Demo;

/// <summary>The demo's steps: store, price catalog, demo data through the collectors' ingest path, analysis, reports.</summary>
public sealed class DemoJob(JobContext context, string storePath, string outputDirectory)
{
    /// <summary>The demo sizes against the last 30 of its 90 days, so the month-scale patterns show.</summary>
    public static AnalysisSettings Settings { get; } = new AnalysisSettings { LookbackDays = 30 }.Validate();

    public async Task<JobStatus> RunAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Directory.CreateDirectory(outputDirectory);
        context.Progress.Info($"store: {storePath}");

        using var store = AnalyzerStore.Open(storePath, context.Time);
        await DemoData.LoadAsync(context, store, cancellationToken);

        var run = await context.Progress.StepAsync("analysis", 1, _ =>
            Task.FromResult(new AnalysisEngine(store, context.Time).Run(Settings, DemoData.WindowEnd, cancellationToken)));
        var model = new ReportModelBuilder(store, context.Time).Build(run.RunId)
            ?? throw new InvalidOperationException($"Run {run.RunId} was written but cannot be read back.");
        AnalyzeStep.Print(context.Output, run, model);

        await ChromiumSetup.EnsureAsync(context.Output, cancellationToken);
        return (await new ReportStep(context).WriteAsync(model, ReportOutputs.All, outputDirectory, PaperSize.A4, cancellationToken)).Status;
    }
}
