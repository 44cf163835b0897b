using Analyzer.Core.Reporting;
using Analyzer.Reports.Chromium;
using Analyzer.Reports.Pdf;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Support;

/// <summary>Prints the sample reports once per test class: the 40-workload model on A4 and Letter, and a 600-workload model with its appendix.</summary>
public sealed class RenderedPdfs : IAsyncLifetime
{
    public string SampleA4 { get; } = Artifacts.PathFor("sample-a4.pdf");

    public string SampleLetter { get; } = Artifacts.PathFor("sample-letter.pdf");

    public string LargeA4 { get; } = Artifacts.PathFor("large-a4.pdf");

    /// <summary>600 workloads: enough appendix pages to test page breaks, small enough to print on a busy machine.</summary>
    public static ReportModel LargeModel { get; } = SampleReportModel.Create(600);

    public async Task InitializeAsync()
    {
        // The other Chromium tests run beside these on a shared machine: allow more than the 3-minute default.
        var chromium = new ChromiumOptions(Timeout: TimeSpan.FromMinutes(10));
        var writer = new PdfReportWriter(chromium);
        await writer.WriteAsync(SampleReportModel.Create(), SampleA4, PaperSize.A4, CancellationToken.None);
        await writer.WriteAsync(SampleReportModel.Create(), SampleLetter, PaperSize.Letter, CancellationToken.None);
        await new PdfReportWriter(chromium, appendix: true).WriteAsync(LargeModel, LargeA4, PaperSize.A4, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
