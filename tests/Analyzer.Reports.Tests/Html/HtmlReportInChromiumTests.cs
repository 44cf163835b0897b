using System.Globalization;
using Analyzer.Reports.Tests.Support;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Html;

/// <summary>The HTML report opened in real headless Chromium (these fail, not skip, when Chromium is missing).</summary>
public sealed class HtmlReportInChromiumTests
{
    [Fact]
    public async Task Load_SampleModel_ReportsNoConsoleErrors()
    {
        await using var report = await LoadedReport.OpenAsync(SampleReportModel.Create());

        Assert.Empty(report.Page.Errors);
    }

    [Fact]
    public async Task Load_HostileWorkloadName_ShowsTheScriptTagAsText()
    {
        await using var report = await LoadedReport.OpenAsync(SampleReportModel.Create());

        var name = await report.EvalAsync($"document.querySelector('tr[data-id=\"{SampleReportModel.HostileWorkloadId}\"] .wl-name').textContent");
        var scripts = await report.EvalAsync("document.scripts.length");
        Assert.Equal(SampleReportModel.HostileName, name.GetString());
        Assert.Equal(1, scripts.GetInt32());
    }

    [Fact]
    public async Task Load_LargeModel_HoldsOneRowPerRecommendation()
    {
        var model = SampleReportModel.Large();
        await using var report = await LoadedReport.OpenAsync(model);

        var rows = await report.EvalAsync("document.querySelectorAll('#recs-table tbody tr').length");

        Assert.Equal(model.Recommendations.Count, rows.GetInt32());
        Assert.True(rows.GetInt32() > 1000);
    }

    [Fact]
    public async Task ClickHeader_SavingsColumn_SortsAscendingThenDescending()
    {
        await using var report = await LoadedReport.OpenAsync(SampleReportModel.Create());

        await report.EvalAsync("document.querySelectorAll('#recs-table thead th')[8].querySelector('button').click()");
        var ascending = (await report.ColumnAsync("recs-table", 8)).Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();
        await report.EvalAsync("document.querySelectorAll('#recs-table thead th')[8].querySelector('button').click()");
        var descending = (await report.ColumnAsync("recs-table", 8)).Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(ascending.Order().ToList(), ascending);
        Assert.Equal(ascending.OrderDescending().ToList(), descending);
    }

    [Fact]
    public async Task ClickHeader_WorkloadColumn_SortsByName()
    {
        await using var report = await LoadedReport.OpenAsync(SampleReportModel.Create());

        await report.EvalAsync("document.querySelectorAll('#recs-table thead th')[0].querySelector('button').click()");
        var names = (await report.EvalAsync("Array.from(document.querySelectorAll('#recs-table tbody tr .wl-name')).map(e => e.textContent.toLowerCase())"))
            .EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal).ToList(), names);
    }

    [Fact]
    public async Task Filter_TypedText_HidesRowsThatDoNotMatch()
    {
        var model = SampleReportModel.Create();
        await using var report = await LoadedReport.OpenAsync(model);
        var expected = model.Recommendations.Count(w => w.Region == "eu-west-1");

        await report.EvalAsync("(() => { const i = document.querySelector('input[data-filter-for=\"recs-table\"]'); i.value = 'eu-west-1'; i.dispatchEvent(new Event('input')); return new Promise(r => setTimeout(r, 300)); })()");
        var visible = await report.EvalAsync("Array.from(document.querySelectorAll('#recs-table tbody tr')).filter(r => !r.hidden).length");

        Assert.Equal(expected, visible.GetInt32());
    }

    [Theory]
    [InlineData(1366, 900, false, "screenshot-laptop.png")]
    [InlineData(390, 844, true, "screenshot-phone.png")]
    public async Task Screenshot_SampleModel_IsAPng(int width, int height, bool mobile, string file)
    {
        await using var report = await LoadedReport.OpenAsync(SampleReportModel.Create(), width, height, mobile);

        var png = await report.Page.CaptureScreenshotAsync(fullPage: false, CancellationToken.None);
        await File.WriteAllBytesAsync(Artifacts.PathFor(file), png);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
    }
}
