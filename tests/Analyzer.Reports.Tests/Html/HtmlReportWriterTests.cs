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
        // The only addresses are the workloads' AWS console pages, links the workload panel offers, never loaded.
        Assert.DoesNotMatch(NonConsoleAddress(), html);
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
    public void Render_SampleModel_EmbedsEveryWorkloadWithEveryOption()
    {
        var model = SampleReportModel.Create();

        var html = HtmlReportWriter.Render(model);

        var json = EmbeddedData().Match(html).Groups[1].Value;
        using var data = System.Text.Json.JsonDocument.Parse(json);
        var rows = data.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(model.Workloads.Select(w => w.WorkloadId), rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(model.Workloads.Sum(w => w.Options.Count), rows.Sum(r => r.GetProperty("o").GetArrayLength()));
        Assert.Equal(model.Recommendations.Count, rows.Count(r => r.GetProperty("o").EnumerateArray().Any(o => o[9].GetInt32() == 1)));
    }

    [Fact]
    public void Build_MoreWorkloadsThanTheLimit_KeepsEveryOptionOnlyForThoseThatSaveMost()
    {
        var model = SampleReportModel.Create();
        var top = model.Workloads.MaxBy(w => w.RecommendedSavings)!;

        // A limit of one: the biggest saver keeps every option; every other workload keeps its recommended one and
        // counts the rest (its options less the one recommended, or all of them where none is).
        using var data = System.Text.Json.JsonDocument.Parse(WorkspaceData.Build(model, fullOptionLimit: 1));

        var rows = data.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(top.Options.Count, rows[top.WorkloadId].GetProperty("o").GetArrayLength());
        Assert.False(rows[top.WorkloadId].TryGetProperty("more", out _));
        foreach (var w in model.Workloads.Where(w => w.WorkloadId != top.WorkloadId))
        {
            var recommended = w.Options.Count(o => o.Recommended);
            Assert.Equal(recommended, rows[w.WorkloadId].GetProperty("o").GetArrayLength());
            Assert.Equal(w.Options.Count - recommended, rows[w.WorkloadId].TryGetProperty("more", out var more) ? more.GetInt32() : 0);
        }

        Assert.True(model.Workloads.Count > 1 && model.Workloads.Any(w => w.WorkloadId != top.WorkloadId && w.Options.Count > 1));
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

    [GeneratedRegex("""<script type="application/json" id="report-data">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex EmbeddedData();

    [GeneratedRegex("""https://(?![a-z0-9-]+\.console\.aws\.amazon\.com/)""")]
    private static partial Regex NonConsoleAddress();
}
