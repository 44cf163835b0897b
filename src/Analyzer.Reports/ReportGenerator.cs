using Analyzer.Core.Reporting;
using Analyzer.Reports.Chromium;
using Analyzer.Reports.Csv;
using Analyzer.Reports.Html;
using Analyzer.Reports.Json;
using Analyzer.Reports.Pdf;

namespace Analyzer.Reports;

/// <summary>
/// Writes the requested formats of one report into a directory, each file whole or not at all. The PDF goes last,
/// so when Chromium is missing the HTML, CSV and JSON are already written before the
/// <see cref="ChromiumNotFoundException"/> propagates.
/// </summary>
public sealed class ReportGenerator(ChromiumOptions chromium)
{
    /// <returns>The paths written, in order.</returns>
    public async Task<IReadOnlyList<string>> WriteAsync(
        ReportModel model, string directory, IReadOnlyCollection<ReportOutput> outputs, PaperSize paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(outputs);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var output in outputs.Distinct().OrderBy(o => o == ReportOutput.Pdf))
        {
            var path = Path.Combine(directory, output switch
            {
                ReportOutput.Html => HtmlReportWriter.FileName,
                ReportOutput.Pdf => PdfReportWriter.FileName,
                ReportOutput.Csv => CsvExportWriter.FileName,
                _ => JsonExportWriter.FileName,
            });
            await (output switch
            {
                ReportOutput.Html => HtmlReportWriter.WriteAsync(model, path, cancellationToken),
                ReportOutput.Pdf => new PdfReportWriter(chromium).WriteAsync(model, path, paper, cancellationToken),
                ReportOutput.Csv => CsvExportWriter.WriteAsync(model, path, cancellationToken),
                _ => JsonExportWriter.WriteAsync(model, path, cancellationToken),
            });
            written.Add(path);
            if (output == ReportOutput.Csv)
            {
                var commitments = Path.Combine(directory, CommitmentCsvWriter.FileName);
                await CommitmentCsvWriter.WriteAsync(model, commitments, cancellationToken);
                written.Add(commitments);
            }
        }

        return written;
    }
}
