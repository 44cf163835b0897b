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
        Assert.True(File.Exists(Path.Combine(directory, "recommendations.xlsx")));
        Assert.False(File.Exists(Path.Combine(directory, "report.pdf")));
    }

    [Fact]
    public async Task WriteAsync_AllFormats_LeavesNoTemporaryFilesAndAManifest()
    {
        var directory = Artifacts.NewTempDirectory();

        await new ReportGenerator(new ChromiumOptions())
            .WriteAsync(SampleReportModel.Create(), directory, ReportOutputs.All, PaperSize.A4, CancellationToken.None);

        Assert.Equal(
            ["commitment_layers.csv", "commitments.csv", "recommendations.csv", "recommendations.json", "recommendations.xlsx", "report-manifest.json", "report.html", "report.pdf"],
            Directory.GetFileSystemEntries(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_AfterASetWithAPdf_ReplacesTheWholeSetAndNamesTheRun()
    {
        var directory = Artifacts.NewTempDirectory();
        var model = SampleReportModel.Create();
        await new ReportGenerator(new ChromiumOptions()).WriteAsync(model, directory, ReportOutputs.All, PaperSize.A4, CancellationToken.None);

        // The next run cannot print (no Chromium): its HTML, CSV and JSON must not sit beside the previous run's PDF.
        await Assert.ThrowsAsync<ChromiumNotFoundException>(() => new ReportGenerator(new ChromiumOptions("/nonexistent/chromium"))
            .WriteAsync(model, directory, ReportOutputs.All, PaperSize.A4, CancellationToken.None));

        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, ReportSet.ManifestName)));
        Assert.Equal(model.Cover.RunId, manifest.RootElement.GetProperty("run_id").GetString());
        Assert.Equal(
            ["commitment_layers.csv", "commitments.csv", "recommendations.csv", "recommendations.json", "recommendations.xlsx", "report.html"],
            manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(Path.Combine(directory, "report.pdf")));
    }

    [Fact]
    public async Task WriteAsync_Cancelled_LeavesThePreviousSetAndNoStagingFolder()
    {
        var directory = Artifacts.NewTempDirectory();
        var model = SampleReportModel.Create();
        var outputs = new[] { ReportOutput.Html, ReportOutput.Csv };
        await new ReportGenerator(new ChromiumOptions()).WriteAsync(model, directory, outputs, PaperSize.A4, CancellationToken.None);
        var before = File.ReadAllBytes(Path.Combine(directory, ReportSet.ManifestName));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ReportGenerator(new ChromiumOptions()).WriteAsync(model, directory, ReportOutputs.All, PaperSize.A4, cancelled.Token));

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(directory, ReportSet.ManifestName)));
        Assert.Equal(
            ["commitment_layers.csv", "commitments.csv", "recommendations.csv", "report-manifest.json", "report.html"],
            Directory.GetFileSystemEntries(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_UnknownFormat_Throws()
    {
        Assert.Throws<FormatException>(() => ReportOutputs.Parse("html,docx"));
    }
}
