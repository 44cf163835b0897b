using Analyzer.Analysis.Reporting;
using Analyzer.Core.Reporting;
using Analyzer.Reports;
using Analyzer.Reports.Chromium;
using Analyzer.Reports.Pdf;
using Analyzer.Storage;

namespace Analyzer.Jobs.Report;

/// <summary>The report step: builds the report model of a run from the store and writes the requested formats.</summary>
public sealed class ReportStep(JobContext context)
{
    /// <summary>The PDF ends with every recommendation as a landscape appendix (--pdf-appendix).</summary>
    public bool PdfAppendix { get; init; }

    public async Task<JobStatus> RunAsync(
        string storePath, string? runId, IReadOnlyList<ReportOutput> outputs, string directory, PaperSize paper, string teamTagKey, CancellationToken cancellationToken)
    {
        using var store = AnalyzerStore.Open(storePath, context.Time);
        return await RunAsync(store, runId, outputs, directory, paper, teamTagKey, cancellationToken);
    }

    public async Task<JobStatus> RunAsync(
        AnalyzerStore store, string? runId, IReadOnlyList<ReportOutput> outputs, string directory, PaperSize paper, string teamTagKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var model = new ReportModelBuilder(store, context.Time).Build(runId, teamTagKey);
        if (model is null)
        {
            await context.Error.WriteLineAsync(runId is null
                ? "no analysis run in the store: run 'analyzer analyze' first"
                : $"no succeeded analysis run '{runId}' in the store");
            return JobStatus.NothingFound;
        }

        return (await WriteAsync(model, outputs, directory, paper, cancellationToken)).Status;
    }

    /// <summary>Writes the reports of a model already built (by the analysis step's summary, in `demo` and `run`); returns the files written.</summary>
    public async Task<ReportsWritten> WriteAsync(
        ReportModel model, IReadOnlyList<ReportOutput> outputs, string directory, PaperSize paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        IReadOnlyList<string> written;
        try
        {
            written = await new ReportGenerator(new ChromiumOptions(), context.Time) { PdfAppendix = PdfAppendix }.WriteAsync(model, directory, [.. outputs], paper, cancellationToken);
            foreach (var path in written)
            {
                await context.Output.WriteLineAsync($"wrote {path}");
            }
        }
        catch (ChromiumNotFoundException e)
        {
            await context.Error.WriteLineAsync($"report error: {e.Message} The other formats were written; install the 'chromium' package for the PDF.");
            return new ReportsWritten(JobStatus.ReportFailed, []);
        }
        catch (Exception e) when (e is ChromiumException or IOException or UnauthorizedAccessException && !cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync($"report error: {e.Message}");
            return new ReportsWritten(JobStatus.ReportFailed, []);
        }

        await context.Output.WriteLineAsync(FormattableString.Invariant(
            $"run {model.Cover.RunId}: {model.Workloads.Count} workloads, spend {model.Summary.MonthlySpendAnalyzed:N2} USD/month, savings {model.Summary.TotalMonthlySavings:N2} USD/month"));
        return new ReportsWritten(JobStatus.Succeeded, written);
    }
}
