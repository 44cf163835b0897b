using System.Text;
using System.Text.Json;
using Analyzer.Core.Reporting;
using Analyzer.Reports.Chromium;
using Analyzer.Reports.Html;

namespace Analyzer.Reports.Tests.Support;

/// <summary>An HTML report opened in real headless Chromium, for DOM, console and interaction checks.</summary>
internal sealed class LoadedReport : IAsyncDisposable
{
    private readonly ChromiumBrowser browser;

    private LoadedReport(ChromiumBrowser browser, ChromiumPage page)
    {
        this.browser = browser;
        Page = page;
    }

    public ChromiumPage Page { get; }

    public static Task<LoadedReport> OpenAsync(ReportModel model, int width = 1366, int height = 900, bool mobile = false) =>
        OpenAsync(HtmlReportWriter.Render(model), width, height, mobile);

    /// <summary>Opens a page as written (for a report altered by the test).</summary>
    public static async Task<LoadedReport> OpenAsync(string html, int width = 1366, int height = 900, bool mobile = false)
    {
        var browser = ChromiumBrowser.Launch(new ChromiumOptions());
        var path = Path.Combine(browser.ScratchDirectory, "report.html");
        await File.WriteAllTextAsync(path, html, new UTF8Encoding(false));
        var page = await browser.OpenPageAsync(CancellationToken.None);
        await page.SetViewportAsync(width, height, mobile, CancellationToken.None);
        await page.NavigateAsync(new Uri(path), CancellationToken.None);
        var report = new LoadedReport(browser, page);
        await report.WorkspaceDrawnAsync();
        return report;
    }

    /// <summary>
    /// Waits until the script has unpacked the workspace's data and drawn the table (or failed to): the data is
    /// decompressed asynchronously, after the page's load event.
    /// </summary>
    public Task WorkspaceDrawnAsync() => EvalAsync(
        "new Promise(done => { const s = document.getElementById('recommendations');" +
        " (function check() { if (!s || s.getAttribute('aria-busy') !== 'true') { done(true); } else { setTimeout(check, 10); } })(); })");

    public Task<JsonElement> EvalAsync(string expression) => Page.EvaluateAsync(expression, CancellationToken.None);

    public async Task<string[]> ColumnAsync(string tableId, int column) =>
        (await EvalAsync($"Array.from(document.querySelectorAll('#{tableId} tbody tr')).map(r => r.cells[{column}].getAttribute('data-v') ?? r.cells[{column}].textContent)"))
        .EnumerateArray().Select(e => e.GetString()!).ToArray();

    public async ValueTask DisposeAsync()
    {
        await Page.DisposeAsync();
        await browser.DisposeAsync();
    }
}
