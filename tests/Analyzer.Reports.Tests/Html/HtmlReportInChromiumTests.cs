using System.Globalization;
using Analyzer.Reports.Tests.Support;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Html;

/// <summary>The HTML report opened in real headless Chromium (these fail, not skip, when Chromium is missing).</summary>
public sealed partial class HtmlReportInChromiumTests
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
        // The workspace's data (type application/json) and the report's own script; nothing the name could add.
        Assert.Equal(2, scripts.GetInt32());
    }

    [Fact]
    public async Task Load_LargeModel_ShowsOnePageAndTotalsEveryRecommendation()
    {
        var model = SampleReportModel.Large();
        await using var report = await LoadedReport.OpenAsync(model);

        var rows = await report.EvalAsync("document.querySelectorAll('#recs-table tbody tr').length");
        var count = await report.EvalAsync("document.getElementById('recs-total-count').textContent");
        var savings = await report.EvalAsync("document.getElementById('recs-total-savings').textContent");

        Assert.Equal(100, rows.GetInt32());
        Assert.Equal($"{model.Recommendations.Count} workloads", count.GetString());
        Assert.Equal(ReportFormat.Usd(model.Summary.WorkloadSavings), savings.GetString());
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(1920)]
    public async Task Layout_AtDesktopWidth_ShowsEveryColumnWithoutHorizontalScroll(int width)
    {
        await using var report = await LoadedReport.OpenAsync(SampleReportModel.Large(), width, 900);

        var page = await report.EvalAsync("document.documentElement.scrollWidth - window.innerWidth");
        var wrap = await report.EvalAsync("(() => { const w = document.querySelector('#recs-table').parentElement; return w.scrollWidth - w.clientWidth; })()");
        var hidden = await report.EvalAsync(
            "(() => { const right = document.querySelector('#recs-table').parentElement.getBoundingClientRect().right + 1;" +
            " return Array.from(document.querySelectorAll('#recs-table thead th')).filter(th => { const r = th.getBoundingClientRect(); return r.width < 30 || r.right > right; }).map(th => th.textContent); })()");
        var columns = await report.EvalAsync("document.querySelectorAll('#recs-table thead th').length");

        Assert.True(page.GetInt32() <= 0, $"the page scrolls {page.GetInt32()} px sideways");
        Assert.True(wrap.GetInt32() <= 0, $"the table scrolls {wrap.GetInt32()} px sideways");
        Assert.Empty(hidden.EnumerateArray());
        Assert.Equal(12, columns.GetInt32());
    }

    [Fact]
    public async Task Filter_Region_TotalsFollowTheFilter()
    {
        var model = SampleReportModel.Large();
        await using var report = await LoadedReport.OpenAsync(model);
        var expected = model.Recommendations.Where(w => w.Region == "eu-west-1").Sum(w => w.RecommendedSavings);

        var before = await report.EvalAsync("document.getElementById('recs-total-savings').textContent");
        await report.EvalAsync("(() => { const s = document.getElementById('f-region'); s.value = 'eu-west-1'; s.dispatchEvent(new Event('change')); })()");
        var after = await report.EvalAsync("document.getElementById('recs-total-savings').textContent");

        Assert.Equal(ReportFormat.Usd(model.Summary.WorkloadSavings), before.GetString());
        Assert.Equal(ReportFormat.Usd(expected), after.GetString());
        Assert.NotEqual(before.GetString(), after.GetString());
    }

    [Fact]
    public async Task Filter_AnyTagKey_FiltersByThatTagsValue()
    {
        var model = SampleReportModel.Create();
        await using var report = await LoadedReport.OpenAsync(model);
        var expected = model.Recommendations.Count(w => w.Tags.TryGetValue("env", out var env) && env == "prod\"'&");

        await report.EvalAsync("(() => { const k = document.getElementById('f-tag-key'); k.value = 'env'; k.dispatchEvent(new Event('change'));" +
            " const v = document.getElementById('f-tag'); v.value = Array.from(v.options).find(o => o.value.startsWith('prod\"')).value; v.dispatchEvent(new Event('change')); })()");
        var rows = await report.EvalAsync("document.querySelectorAll('#recs-table tbody tr').length");

        Assert.Equal(expected, rows.GetInt32());
        Assert.True(expected >= 1);
    }

    [Fact]
    public async Task Panel_ClickWorkload_ShowsEveryPricedOptionAndAwsLink()
    {
        var model = SampleReportModel.Create();
        var hostile = model.Workloads.Single(w => w.WorkloadId == SampleReportModel.HostileWorkloadId);
        await using var report = await LoadedReport.OpenAsync(model);

        await report.EvalAsync($"document.querySelector('tr[data-id=\"{SampleReportModel.HostileWorkloadId}\"]').click()");
        var open = await report.EvalAsync("!document.getElementById('panel').hidden");
        var title = await report.EvalAsync("document.getElementById('panel-title').textContent");
        var options = await report.EvalAsync("Array.from(document.querySelectorAll('#panel-options tbody tr')).map(r => r.cells[0].textContent + '|' + r.cells[2].textContent)");
        var bars = await report.EvalAsync("document.querySelectorAll('#panel-body svg rect').length");
        var link = await report.EvalAsync("document.querySelector('#panel-body a').href");

        Assert.True(open.GetBoolean());
        Assert.Equal(SampleReportModel.HostileName, title.GetString());
        Assert.Equal(
            hostile.Options.Select(o => (o.Recommended ? o.Label + "recommended" : o.Label) + "|" + ReportFormat.Usd(o.MonthlyCost)),
            options.EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(hostile.Options.Count, bars.GetInt32());
        Assert.Equal("https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#InstanceDetails:instanceId=i-0hostile000000001", link.GetString());
    }

    [Fact]
    public async Task Panel_WorkloadBeyondTheFullOptionLimit_ShowsItsRecommendationAndWhereTheRestAre()
    {
        // 2,601 workloads: those after the 2,000 that save most keep only their recommended option in the page.
        var model = SampleReportModel.Create(2600);
        var trimmed = model.Workloads.OrderByDescending(w => w.RecommendedSavings).ThenBy(w => w.WorkloadId, StringComparer.Ordinal)
            .Skip(Analyzer.Reports.Html.WorkspaceData.FullOptionLimit).First(w => w.Recommended is not null && w.Options.Count > 1);
        await using var report = await LoadedReport.OpenAsync(model);

        await report.EvalAsync($"(() => {{ const i = document.querySelector('input[data-filter-for=\"recs-table\"]'); i.value = '{trimmed.WorkloadId}'; i.dispatchEvent(new Event('input')); return new Promise(r => setTimeout(r, 300)); }})()");
        await report.EvalAsync($"document.querySelector('tr[data-id=\"{trimmed.WorkloadId}\"]').click()");
        var options = await report.EvalAsync("Array.from(document.querySelectorAll('#panel-options tbody tr')).map(r => r.cells[0].textContent)");
        var body = await report.EvalAsync("document.getElementById('panel-body').textContent");

        Assert.Equal([trimmed.Recommended!.Label + "recommended"], options.EnumerateArray().Select(e => e.GetString()));
        Assert.Contains($"{trimmed.Options.Count - 1} more options of this workload are in recommendations.csv", body.GetString(), StringComparison.Ordinal);
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

    [Fact]
    public async Task Panel_WorkloadsWithAwsRecommendations_ShowThemBesideOursAsText()
    {
        var model = ComputeOptimizerSample.Create();
        var ids = model.Recommendations.Where(w => w.Kind == Core.Workloads.WorkloadKind.Ec2Instance).Take(2).Select(w => w.WorkloadId).ToArray();
        await using var report = await LoadedReport.OpenAsync(model);

        var differs = await AwsLinesAsync(report, ids[0]);
        var costExplorer = await AwsLinesAsync(report, ids[1]);
        var markup = await report.EvalAsync("document.querySelectorAll('#panel-body b').length");

        Assert.Contains("Compute Optimizer: Overprovisioned → m5.large, saves $123.46 (differs): ours includes Graviton; <b>CO</b> has no memory metric", differs);
        Assert.Contains("Cost Explorer: MODIFY → m5.large, saves $61.32 (same direction, another target): " + ComputeOptimizerSample.CostExplorerReason, costExplorer);
        Assert.Equal(0, markup.GetInt32());
    }

    private static async Task<List<string>> AwsLinesAsync(LoadedReport report, string workloadId)
    {
        await report.EvalAsync($"document.querySelector('tr[data-id=\"{workloadId}\"]').click()");
        return [.. (await report.EvalAsync("Array.from(document.querySelectorAll('#panel-body .aws-line')).map(p => p.textContent)")).EnumerateArray().Select(e => e.GetString()!)];
    }

    [Theory]
    [InlineData(1366, 900, false, "screenshot-laptop.png")]
    [InlineData(1920, 1080, false, "screenshot-desktop.png")]
    [InlineData(390, 844, true, "screenshot-phone.png")]
    public async Task Screenshot_SampleModel_IsAPng(int width, int height, bool mobile, string file)
    {
        await using var report = await LoadedReport.OpenAsync(SampleReportModel.Create(), width, height, mobile);

        var png = await report.Page.CaptureScreenshotAsync(fullPage: false, CancellationToken.None);
        await File.WriteAllBytesAsync(Artifacts.PathFor(file), png);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
    }
}
