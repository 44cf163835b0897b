using System.Globalization;
using System.Text.RegularExpressions;
using Analyzer.Reports.Html;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Html;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void Render_SampleModel_ReferencesNoExternalResource()
    {
        var html = HtmlReportWriter.Render(SampleReportModel.Create());

        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_SampleModel_WritesTheRenderedFile()
    {
        var model = SampleReportModel.Create();
        var path = Support.Artifacts.PathFor("sample.html");

        await HtmlReportWriter.WriteAsync(model, path, CancellationToken.None);

        Assert.Equal(HtmlReportWriter.Render(model), await File.ReadAllTextAsync(path));
    }

    [Fact]
    public void Render_HostileWorkloadName_IsEscapedInMarkup()
    {
        var html = HtmlReportWriter.Render(SampleReportModel.Create());

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleReportModel.HostileName, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleModel_ShowsTotalSavingsFormattedToTheCent()
    {
        var model = SampleReportModel.Create();

        var html = HtmlReportWriter.Render(model);

        Assert.Contains(ReportFormat.Usd(model.Summary.TotalMonthlySavings), html, StringComparison.Ordinal);
        Assert.Contains(ReportFormat.Usd(model.Summary.MonthlySpendAnalyzed), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleModel_HasOneTableRowPerRecommendation()
    {
        var model = SampleReportModel.Create();

        var html = HtmlReportWriter.Render(model);

        var rows = RecommendationRow().Count(html);
        Assert.Equal(model.Recommendations.Count, rows);
    }

    [Fact]
    public void Render_WithoutPreviousRun_SaysThereIsNothingToCompare()
    {
        var html = HtmlReportWriter.Render(SampleReportModel.Create(withPreviousRun: false));

        Assert.Contains("This is the first run", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnderAnotherCulture_ProducesTheSameHtml()
    {
        var model = SampleReportModel.Create();
        var expected = HtmlReportWriter.Render(model);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture.Clone() is CultureInfo c ? ModifyDecimalSeparator(c) : previous;
            Assert.Equal(expected, HtmlReportWriter.Render(model));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static CultureInfo ModifyDecimalSeparator(CultureInfo culture)
    {
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.CurrencySymbol = "€";
        return culture;
    }

    [GeneratedRegex("""(src|href)\s*=\s*["'](?!#|data:)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("""<tr data-id=""")]
    private static partial Regex RecommendationRow();
}
