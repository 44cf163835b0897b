using Analyzer.Core.Reporting;
using Analyzer.Reports.Chromium;
using Analyzer.Reports.Csv;
using Analyzer.Reports.Html;
using Analyzer.Reports.Json;
using Analyzer.Reports.Pdf;
using Analyzer.Reports.Xlsx;

namespace Analyzer.Reports;

/// <summary>
/// Writes the requested formats of one report into a directory as one set (<see cref="ReportSet"/>): every file is
/// written in a staging folder first and the set is published, with a manifest naming the run, only when all of
/// it is written, so a cancelled or killed run leaves the previous set whole. The PDF goes last, so when Chromium
/// is missing the HTML, CSV and JSON are published before the <see cref="ChromiumNotFoundException"/> propagates.
/// </summary>
public sealed class ReportGenerator(ChromiumOptions chromium, TimeProvider? time = null)
{
    /// <summary>The PDF ends with every recommendation as a compact landscape appendix.</summary>
    public bool PdfAppendix { get; init; }

    /// <returns>The paths written, in order.</returns>
    public async Task<IReadOnlyList<string>> WriteAsync(
        ReportModel model, string directory, IReadOnlyCollection<ReportOutput> outputs, PaperSize paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(outputs);
        var staging = ReportSet.CreateStaging(directory);
        var written = new List<string>();
        try
        {
            foreach (var output in outputs.Distinct().OrderBy(o => o == ReportOutput.Pdf))
            {
                var name = output switch
                {
                    ReportOutput.Html => HtmlReportWriter.FileName,
                    ReportOutput.Pdf => PdfReportWriter.FileName,
                    ReportOutput.Csv => CsvExportWriter.FileName,
                    ReportOutput.Xlsx => XlsxExportWriter.FileName,
                    _ => JsonExportWriter.FileName,
                };
                var path = Path.Combine(staging, name);
                try
                {
                    await (output switch
                    {
                        ReportOutput.Html => HtmlReportWriter.WriteAsync(model, path, cancellationToken),
                        ReportOutput.Pdf => new PdfReportWriter(chromium, PdfAppendix).WriteAsync(model, path, paper, cancellationToken),
                        ReportOutput.Csv => CsvExportWriter.WriteAsync(model, path, cancellationToken),
                        ReportOutput.Xlsx => XlsxExportWriter.WriteAsync(model, path, cancellationToken),
                        _ => JsonExportWriter.WriteAsync(model, path, cancellationToken),
                    });
                }
                catch (ChromiumNotFoundException)
                {
                    // An installation gap, not a failed run: the other formats are a complete set of their own.
                    Publish(staging, directory, written, model);
                    throw;
                }

                written.Add(name);
                if (output == ReportOutput.Csv)
                {
                    await CommitmentCsvWriter.WriteAsync(model, Path.Combine(staging, CommitmentCsvWriter.FileName), cancellationToken);
                    written.Add(CommitmentCsvWriter.FileName);
                    await CommitmentLayerCsvWriter.WriteAsync(model, Path.Combine(staging, CommitmentLayerCsvWriter.FileName), cancellationToken);
                    written.Add(CommitmentLayerCsvWriter.FileName);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return Publish(staging, directory, written, model);
        }
        finally
        {
            ReportSet.DeleteStaging(staging);
        }
    }

    private IReadOnlyList<string> Publish(string staging, string directory, List<string> names, ReportModel model) =>
        ReportSet.Publish(staging, directory, names, model.Cover.RunId, (time ?? TimeProvider.System).GetUtcNow());
}
