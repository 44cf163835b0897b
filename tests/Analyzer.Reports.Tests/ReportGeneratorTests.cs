using Analyzer.Reports.Chromium;
using Analyzer.Reports.Pdf;
using Analyzer.Reports.Tests.Support;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests;

public sealed class ReportGeneratorTests
{
    [Fact]
    public async Task WriteAsync_ChromiumMissing_ThrowsNamingThePackageAfterWritingTheOtherFormats()
    {
        var directory = Artifacts.NewTempDirectory();
        var generator = new ReportGenerator(new ChromiumOptions("/nonexistent/chromium"));

        var error = await Assert.ThrowsAsync<ChromiumNotFoundException>(() =>
            generator.WriteAsync(SampleReportModel.Create(), directory, ReportOutputs.All, PaperSize.A4, CancellationToken.None));

        Assert.Contains("'chromium'", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "report.html")));
        Assert.True(File.Exists(Path.Combine(directory, "recommendations.csv")));
        Assert.True(File.Exists(Path.Combine(directory, "recommendations.json")));
        Assert.False(File.Exists(Path.Combine(directory, "report.pdf")));
    }

    [Fact]
    public async Task WriteAsync_AllFormats_LeavesNoTemporaryFiles()
    {
        var directory = Artifacts.NewTempDirectory();

        await new ReportGenerator(new ChromiumOptions())
            .WriteAsync(SampleReportModel.Create(), directory, ReportOutputs.All, PaperSize.A4, CancellationToken.None);

        Assert.Equal(
            ["commitments.csv", "recommendations.csv", "recommendations.json", "report.html", "report.pdf"],
            Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_UnknownFormat_Throws()
    {
        Assert.Throws<FormatException>(() => ReportOutputs.Parse("html,docx"));
    }
}
