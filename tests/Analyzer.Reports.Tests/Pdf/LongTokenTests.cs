using Analyzer.Reports.Chromium;
using Analyzer.Reports.Pdf;
using Analyzer.Reports.Tests.Support;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Pdf;

/// <summary>A name with no place to break must wrap inside its column, not run over the row's other columns or off the page.</summary>
public sealed class LongTokenTests
{
    [Fact]
    public async Task WriteAsync_120CharacterServiceName_WrapsInsideItsColumnAndStaysOnThePage()
    {
        var name = "ecs-" + string.Concat(Enumerable.Repeat("payments0settlement0", 6))[..116];
        var model = SampleReportModel.WithHostileStrings([name]);
        var path = Artifacts.PathFor("long-token-a4.pdf");

        await new PdfReportWriter(new ChromiumOptions(), appendix: true).WriteAsync(model, path, PaperSize.A4, CancellationToken.None);

        // pdftotext drops what is drawn outside the page: the whole name reads back only if it stayed on the paper,
        // and no line of the laid-out text holds more than a column's width of it (it wrapped).
        var pages = Enumerable.Range(1, Poppler.Pages(path)).ToList();
        Assert.Equal(120, name.Length);
        Assert.Contains(pages, p => Poppler.JoinedText(path, p).Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(name[..60], Poppler.Text(path), StringComparison.Ordinal);
    }
}
