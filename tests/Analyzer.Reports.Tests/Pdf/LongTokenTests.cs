using Analyzer.Reports.Chromium;
using Analyzer.Reports.Pdf;
using Analyzer.Reports.Tests.Support;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Pdf;

/// <summary>A name with no place to break must wrap inside its column, not push the row's other columns off the page.</summary>
public sealed class LongTokenTests
{
    [Fact]
    public async Task WriteAsync_120CharacterServiceName_KeepsTheRowsLastColumnOnThePage()
    {
        // pdftotext drops characters outside the page, so the reasoning (the table's last column) of the long name's
        // row is only read back when the name wrapped.
        var name = "ecs-" + string.Concat(Enumerable.Repeat("payments0settlement0", 6))[..116];
        const string Why = "WhyColumnMarker";
        var model = SampleReportModel.WithHostileStrings([name], _ => Why);
        var path = Artifacts.PathFor("long-token-a4.pdf");

        await new PdfReportWriter(new ChromiumOptions()).WriteAsync(model, path, PaperSize.A4, CancellationToken.None);

        Assert.Equal(120, name.Length);
        Assert.Contains(Why, Poppler.Text(path), StringComparison.Ordinal);
    }
}
