using System.Text.RegularExpressions;
using Analyzer.Reports.Tests.Support;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Pdf;

/// <summary>PDFs printed by real Chromium and read back with poppler-utils.</summary>
public sealed partial class PdfReportWriterTests(RenderedPdfs pdfs) : IClassFixture<RenderedPdfs>
{
    [Fact]
    public void Text_SamplePdf_HoldsTheTotalsAsFormattedInTheModel()
    {
        var model = SampleReportModel.Create();

        var text = Poppler.Text(pdfs.SampleA4);

        Assert.Contains(ReportFormat.Usd(model.Summary.TotalMonthlySavings), text, StringComparison.Ordinal);
        Assert.Contains(ReportFormat.Usd(model.Summary.MonthlySpendAnalyzed), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_SamplePdf_FootersCarryPageNumbersAndThePeriod()
    {
        var pages = Poppler.Pages(pdfs.SampleA4);

        var last = Poppler.Text(pdfs.SampleA4, pages);

        Assert.Contains($"Page {pages} of {pages}", last, StringComparison.Ordinal);
        Assert.Contains("2025-10-01 to 2025-10-31", last, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_SamplePdf_ShowsTheHostileNameAsText()
    {
        var text = Poppler.Text(pdfs.SampleA4);

        Assert.Contains(SampleReportModel.HostileName, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a4", "595.", "841.")]
    [InlineData("letter", "612 x 792", "")]
    public void Info_Paper_MatchesTheRequestedSize(string paper, string expected, string alsoExpected)
    {
        var info = Poppler.Info(paper == "a4" ? pdfs.SampleA4 : pdfs.SampleLetter);

        var size = info.Split('\n').Single(l => l.StartsWith("Page size:", StringComparison.Ordinal));
        Assert.Contains(expected, size, StringComparison.Ordinal);
        Assert.Contains(alsoExpected, size, StringComparison.Ordinal);
    }

    [Fact]
    public void Outline_SamplePdf_HasBookmarksFromTheHeadings()
    {
        var bytes = File.ReadAllText(pdfs.SampleA4, System.Text.Encoding.Latin1);

        Assert.Contains("/Outlines", bytes, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_SamplePdf_EmbedsDejaVu()
    {
        var fonts = Poppler.Run("pdffonts", [pdfs.SampleA4]);

        Assert.Contains("DejaVu", fonts, StringComparison.Ordinal);
        Assert.DoesNotMatch(NotEmbedded(), fonts);
    }

    [Fact]
    public void Render_FirstPage_RendersToAnImage()
    {
        var prefix = Artifacts.PathFor("sample-page");

        Poppler.Run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdfs.SampleA4, prefix]);

        Assert.True(Directory.GetFiles(Artifacts.Directory, "sample-page*.png").Length >= 1);
    }

    [Fact]
    public void Pages_LargeModel_KeepsEveryRowWholeOnOnePage()
    {
        var model = RenderedPdfs.LargeModel;
        var pages = Poppler.Pages(pdfs.LargeA4);
        var texts = Enumerable.Range(1, pages).Select(p => Poppler.JoinedText(pdfs.LargeA4, p)).ToList();

        // A row split across pages would leave its name (first line of its first cell), its id (last line of that
        // cell) and its savings apart. Names and ids may wrap inside their column: the joined text reads them whole.
        var split = model.Recommendations
            .Where(w => !texts.Any(t => t.Contains(Poppler.Joined(w.Name), StringComparison.Ordinal)
                && t.Contains(Poppler.Joined(w.WorkloadId), StringComparison.Ordinal)
                && t.Contains(ReportFormat.Usd(w.RecommendedSavings), StringComparison.Ordinal)))
            .Select(w => w.Name)
            .ToList();

        Assert.True(pages > 15, $"only {pages} pages");
        Assert.Empty(split);
    }

    [Fact]
    public void Pages_Appendix_IsLandscapeAfterPortraitPages()
    {
        var first = Poppler.PageSize(pdfs.LargeA4, 1);
        var last = Poppler.PageSize(pdfs.LargeA4, Poppler.Pages(pdfs.LargeA4));

        Assert.Contains("595.92 x 841.92", first, StringComparison.Ordinal);
        Assert.Contains("841.92 x 595.92", last, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_SamplePdfWithoutAppendix_HasTopActionsButNotTheWholeTable()
    {
        var text = Poppler.Text(pdfs.SampleA4);

        Assert.Contains("Top actions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Appendix: every recommendation", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\bno\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", RegexOptions.Multiline)]
    private static partial Regex NotEmbedded();
}
