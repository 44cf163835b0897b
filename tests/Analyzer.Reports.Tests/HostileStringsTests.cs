using System.Text.Json;
using Analyzer.Reports.Chromium;
using Analyzer.Reports.Charts;
using Analyzer.Reports.Csv;
using Analyzer.Reports.Html;
using Analyzer.Reports.Json;
using Analyzer.Reports.Pdf;
using Analyzer.Reports.Tests.Support;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests;

/// <summary>Every hostile string (HTML, script, quotes, SQL, ../, control characters, 10,000 characters, RTL, emoji) through every format.</summary>
public sealed class HostileStringsTests
{
    private static readonly char[] Forbidden = ['\u0001', '\u0007', '\u001b', '\u007f', '\u0085'];

    [Fact]
    public void SvgWriter_ControlCharacterInText_WritesReplacementCharacter()
    {
        using var svg = new SvgWriter(100, 100, "spend \u0001");
        svg.Text(0, 0, "AmazonEC2\u0001\u001b", "label");
        svg.Rect(0, 0, 1, 1, "bar", tooltip: "tip\u0002");

        var markup = svg.Finish();

        Assert.Contains("AmazonEC2\uFFFD\uFFFD", markup, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', markup);
    }

    [Fact]
    public void Render_HostileStrings_HtmlHoldsNoControlCharacterOrMarkupFromTheData()
    {
        var html = HtmlReportWriter.Render(SampleReportModel.WithHostileStrings(HostileStrings.All));

        Assert.Equal(-1, html.IndexOfAny(Forbidden));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileStrings_CsvHasOneRowPerOptionAndNoControlCharacter()
    {
        var model = SampleReportModel.WithHostileStrings(HostileStrings.All);

        var csv = CsvExportWriter.Render(model);

        Assert.Equal(-1, csv.IndexOfAny(Forbidden));
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(HostileStrings.TenThousandCharacters, csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileStrings_JsonParsesAndKeepsTheNames()
    {
        var model = SampleReportModel.WithHostileStrings(HostileStrings.All);
        using var stream = new MemoryStream();

        JsonExportWriter.Write(model, stream);

        using var document = JsonDocument.Parse(stream.ToArray());
        var names = document.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("workload_name").GetString()).ToHashSet();
        Assert.Contains(HostileStrings.Script, names);
        Assert.Contains(HostileStrings.Sql, names);
        Assert.Contains(HostileStrings.TenThousandCharacters, names);
    }

    [Fact]
    public async Task WriteAsync_HostileStrings_WritesEveryFormatAndThePdfReadsBack()
    {
        var directory = Artifacts.NewTempDirectory();

        var written = await new ReportGenerator(new ChromiumOptions())
            .WriteAsync(SampleReportModel.WithHostileStrings(HostileStrings.All), directory, ReportOutputs.All, PaperSize.A4, CancellationToken.None);

        Assert.Equal(
            ["commitment_layers.csv", "commitments.csv", "recommendations.csv", "recommendations.json", "recommendations.xlsx", "report.html", "report.pdf"],
            written.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var text = Poppler.Text(Path.Combine(directory, PdfReportWriter.FileName));
        Assert.Contains("DROP TABLE workloads", text, StringComparison.Ordinal);
        Assert.Contains("../../etc/passwd", text, StringComparison.Ordinal);
    }
}
