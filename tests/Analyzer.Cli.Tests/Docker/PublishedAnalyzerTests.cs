using System.Text;
using System.Text.RegularExpressions;

namespace Analyzer.Cli.Tests.Docker;

/// <summary>What the image runs, run from docker/build.sh's output on this machine (see <see cref="PublishedAnalyzer"/>).</summary>
public sealed partial class PublishedAnalyzerTests(PublishedAnalyzer published) : IClassFixture<PublishedAnalyzer>
{
    [Fact]
    public void Publish_Always_HoldsTheEntrypointTheCatalogAndDuckDbButNoSymbols()
    {
        var files = Directory.GetFiles(published.App, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(published.App, f)).ToList();

        Assert.Contains("analyzer.dll", files);
        Assert.Contains("analyzer.runtimeconfig.json", files);
        Assert.Contains(files, f => f.StartsWith("catalog/pricing/", StringComparison.Ordinal));
        Assert.Contains(files, f => Path.GetFileName(f) == "libduckdb.so");
        Assert.DoesNotContain(files, f => f.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_FromThePublishedOutput_WritesEveryFormatWithARealPdf()
    {
        var demo = await published.DemoAsync();

        Assert.True(demo.ExitCode == 0, demo.Error);
        var folder = Path.Combine(Path.GetDirectoryName(published.App)!, "demo");
        Assert.Equal(
            ["commitment_layers.csv", "commitments.csv", "recommendations.csv", "recommendations.json", "recommendations.xlsx", "report-manifest.json", "report.html", "report.pdf"],
            ReportFiles(folder));
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(folder, "report.pdf")), 0, 5));
    }

    [Fact]
    public async Task Run_FromThePublishedOutput_UploadsEveryFormatToS3UnderTheRunId()
    {
        var run = await published.UploadedRunAsync();

        // moto lacks Compute Optimizer: the run finishes with data gaps (10) after uploading.
        Assert.True(run.ExitCode == ExitCodes.DataGaps, run.Error);
        var runId = RunId().Match(run.Output).Groups[1].Value;
        Assert.Equal(
            [.. UploadedFiles.Select(f => $"analyzer/{runId}/{f}")],
            await published.KeysAsync("analyzer/"));
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(await published.GetAsync($"analyzer/{runId}/report.pdf"), 0, 5));
    }

    // The report set as `run --upload` sends it (the manifest stays local).
    private static readonly string[] UploadedFiles =
        ["commitment_layers.csv", "commitments.csv", "recommendations.csv", "recommendations.json", "recommendations.xlsx", "report.html", "report.pdf"];

    private static List<string> ReportFiles(string folder) =>
        [.. Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Where(f => !f.EndsWith(".duckdb", StringComparison.Ordinal) && !f.EndsWith(".wal", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"run id: ([\w-]+)")]
    private static partial Regex RunId();
}
