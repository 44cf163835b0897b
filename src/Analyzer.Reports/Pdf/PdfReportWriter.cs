using System.Text;
using System.Text.Json.Nodes;
using Analyzer.Core.Reporting;
using Analyzer.Reports.Chromium;
using Analyzer.Reports.Html;

namespace Analyzer.Reports.Pdf;

/// <summary>
/// Prints the HTML report to PDF with headless Chromium over the DevTools protocol (Page.printToPDF): the print
/// stylesheet, a footer with the period and page numbers, a document outline from the headings, embedded fonts.
/// </summary>
/// <param name="appendix">End with every recommendation as a compact landscape table (the CLI's --pdf-appendix).</param>
public sealed class PdfReportWriter(ChromiumOptions options, bool appendix = false)
{
    public const string FileName = "report.pdf";

    /// <exception cref="ChromiumNotFoundException">Chromium is not installed; the message names the package.</exception>
    public async Task<byte[]> RenderAsync(ReportModel model, PaperSize paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = HtmlReportWriter.Render(model, print: true, appendix);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.EffectiveTimeout);
        try
        {
            return await PrintAsync(model, html, paper, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own deadline, not the caller's cancel: a report failure (exit 5), not "cancelled".
            throw new ChromiumException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Chromium did not print the report within {options.EffectiveTimeout.TotalSeconds:0} s."));
        }
    }

    private async Task<byte[]> PrintAsync(ReportModel model, string html, PaperSize paper, CancellationToken token)
    {
        await using var browser = ChromiumBrowser.Launch(options);
        var document = Path.Combine(browser.ScratchDirectory, "report.html");
        await File.WriteAllTextAsync(document, html, new UTF8Encoding(false), token);
        await using var page = await browser.OpenPageAsync(token);
        await page.NavigateAsync(new Uri(document), token);
        var (width, height) = paper == PaperSize.Letter ? (8.5, 11.0) : (8.27, 11.69);
        return await page.PrintToPdfAsync(
            new JsonObject
            {
                ["paperWidth"] = width,
                ["paperHeight"] = height,
                ["marginTop"] = 0.5,
                ["marginBottom"] = 0.6,
                ["marginLeft"] = 0.45,
                ["marginRight"] = 0.45,
                ["printBackground"] = true,
                ["displayHeaderFooter"] = true,
                ["headerTemplate"] = "<span></span>",
                ["footerTemplate"] = HtmlReportWriter.RenderPdfFooter(model),
                // Only the appendix declares a page size (landscape); every other page takes the paper size above.
                ["preferCSSPageSize"] = appendix,
                ["generateTaggedPDF"] = true,
                ["generateDocumentOutline"] = true,
            },
            token);
    }

    public async Task WriteAsync(ReportModel model, string path, PaperSize paper, CancellationToken cancellationToken)
    {
        var bytes = await RenderAsync(model, paper, cancellationToken);
        await ReportFileWriter.WriteAsync(path, bytes, cancellationToken);
    }
}
