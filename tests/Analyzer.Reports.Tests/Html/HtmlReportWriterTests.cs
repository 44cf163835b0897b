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

        using var data = EmbeddedWorkspace.Read(html);
        var workloads = data.RootElement.GetProperty("workloads");
        var options = workloads.GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(model.Workloads.Select(w => w.WorkloadId), workloads.GetProperty("id").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(model.Workloads.Sum(w => w.Options.Count), options.Sum(o => o.GetArrayLength()));
        Assert.Equal(model.Recommendations.Count, options.Count(o => o.EnumerateArray().Any(option => option[9].GetInt32() == 1)));
    }

    [Fact]
    public void Render_SampleModel_EmbedsTheDataAsBase64OfGzip()
    {
        var html = HtmlReportWriter.Render(SampleReportModel.Create());

        var base64 = EmbeddedWorkspace.Base64(html);
        var bytes = Convert.FromBase64String(base64);

        // Base64's alphabet only, so nothing in the data can close its script tag; then gzip's magic number.
        Assert.Matches("^[A-Za-z0-9+/]+=*$", base64);
        Assert.Equal([0x1F, 0x8B], bytes[..2]);
    }

    [Fact]
    public void Build_SampleModel_ResolvesEveryStringThroughTheTableToTheModels()
    {
        var model = SampleReportModel.Create();

        using var data = System.Text.Json.JsonDocument.Parse(WorkspaceData.Build(model));

        var root = data.RootElement;
        var strings = root.GetProperty("strings").EnumerateArray().Select(e => e.GetString()!).ToList();
        var workloads = root.GetProperty("workloads");
        string Text(System.Text.Json.JsonElement index) => strings[index.GetInt32()];
        Assert.Equal(model.Workloads.Select(w => w.AccountId), workloads.GetProperty("account").EnumerateArray().Select(Text));
        Assert.Equal(model.Workloads.Select(w => w.Region), workloads.GetProperty("region").EnumerateArray().Select(Text));
        Assert.Equal(model.Workloads.Select(w => w.CurrentConfiguration), workloads.GetProperty("current").EnumerateArray().Select(Text));
        Assert.Equal(
            model.Workloads.Select(w => string.Join(";", w.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value))),
            workloads.GetProperty("tags").EnumerateArray().Select(t => string.Join(";", t.EnumerateArray().Select(Text).Chunk(2).Select(p => p[0] + "=" + p[1]))));
        Assert.Equal(
            model.Workloads.SelectMany(w => w.Options).Select(o => $"{o.Label}|{o.Configuration}|{o.Rationale}"),
            workloads.GetProperty("options").EnumerateArray().SelectMany(o => o.EnumerateArray()).Select(o => $"{Text(o[0])}|{Text(o[2])}|{Text(o[8])}"));
        // Each string once: the sample's three accounts, two regions and "Runs as today." of every current option.
        Assert.Equal(strings.Count, strings.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(strings, "Runs as today.");
        Assert.Equal(
            model.Workloads.Select(w => ReportFormat.Kind(w.Kind)),
            workloads.GetProperty("kind").EnumerateArray().Select(k => root.GetProperty("kinds")[k.GetInt32()].GetString()));
    }

    [Fact]
    public void Build_MoreWorkloadsThanTheLimit_KeepsEveryOptionOnlyForThoseThatSaveMost()
    {
        var model = SampleReportModel.Create();
        var top = model.Workloads.MaxBy(w => w.RecommendedSavings)!;

        // A limit of one: the biggest saver keeps every option; every other workload keeps its recommended one and
        // counts the rest (its options less the one recommended, or all of them where none is).
        using var data = System.Text.Json.JsonDocument.Parse(WorkspaceData.Build(model, fullOptionLimit: 1));

        var workloads = data.RootElement.GetProperty("workloads");
        var ids = workloads.GetProperty("id").EnumerateArray().Select(e => e.GetString()!).ToList();
        var options = workloads.GetProperty("options").EnumerateArray().Select(o => o.GetArrayLength()).ToList();
        var more = workloads.GetProperty("more").EnumerateArray().Select(e => e.GetInt32()).ToList();
        var at = ids.IndexOf(top.WorkloadId);
        Assert.Equal(top.Options.Count, options[at]);
        Assert.Equal(0, more[at]);
        foreach (var w in model.Workloads.Where(w => w.WorkloadId != top.WorkloadId))
        {
            var recommended = w.Options.Count(o => o.Recommended);
            Assert.Equal(recommended, options[ids.IndexOf(w.WorkloadId)]);
            Assert.Equal(w.Options.Count - recommended, more[ids.IndexOf(w.WorkloadId)]);
        }

        Assert.True(model.Workloads.Count > 1 && model.Workloads.Any(w => w.WorkloadId != top.WorkloadId && w.Options.Count > 1));
    }

    [Fact]
    public void Render_SampleModel_ShowsTheTopActionsAsMarkupBeforeTheTable()
    {
        var model = SampleReportModel.Create();

        var html = HtmlReportWriter.Render(model);

        // Server-rendered: the page reads (and prints) before the script has unpacked the table.
        var section = html[html.IndexOf("<section id=\"top-actions\"", StringComparison.Ordinal)..html.IndexOf("<section id=\"recommendations\"", StringComparison.Ordinal)];
        var top = model.Recommendations.Where(w => w.RecommendedSavings > 0m).Take(HtmlReportWriter.TopActionCount).ToList();
        Assert.Equal(top.Count, Regex.Count(section, "<tr><td class=\"n\">"));
        Assert.Contains(ReportFormat.Usd(top[0].RecommendedSavings), section, StringComparison.Ordinal);
        Assert.Contains("table below", section, StringComparison.Ordinal);
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

    [GeneratedRegex("""https://(?![a-z0-9-]+\.console\.aws\.amazon\.com/)""")]
    private static partial Regex NonConsoleAddress();
}
