using System.Net;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Analyzer.Core.History;
using Analyzer.Reports.Chromium;
using Analyzer.Scheduling.Tests.Support;

namespace Analyzer.Scheduling.Tests;

/// <summary>
/// The long-running scheduler with its dashboard, on a dynamic loopback port: one whole run started with "run now"
/// against the fake AWS account, then the pages opened in real headless Chromium and asked for without the token.
/// </summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed class DashboardTests(DashboardTests.Served served) : IClassFixture<DashboardTests.Served>
{
    private const string Token = "test-token-5f1c";

    [Fact]
    public async Task HistoryPage_InChromium_ShowsTheRunThatJustFinished()
    {
        var run = served.Finished;

        var cells = await served.EvalAsync(new Uri(served.Address, $"/?token={Token}"),
            "Array.from(document.querySelector('#history tbody tr').cells).map(c => c.firstChild ? c.firstChild.textContent.trim() : '')");

        Assert.Equal(
            ["run", "dashboard", JobRunOutcomes.Succeeded, run.End.MonthlySavings!.Value.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), run.End.AnalysisRunId!],
            new[] { cells[0], cells[1], cells[4], cells[6], cells[7] });
    }

    [Fact]
    public async Task HistoryPage_InChromium_LinksTheReportsTheRunWrote()
    {
        var links = await served.EvalAsync(new Uri(served.Address, $"/?token={Token}"),
            "Array.from(document.querySelectorAll('#reports a')).map(a => a.getAttribute('href') + (a.hasAttribute('download') ? ' download' : ' opens')).sort()");

        Assert.Equal(["/reports/recommendations.json download", "/reports/report-manifest.json download", "/reports/report.html opens"], links);
    }

    [Fact]
    public async Task HangfireDashboard_InChromium_ListsTheRecurringJobs()
    {
        var text = await served.EvalAsync(new Uri(served.Address, $"/hangfire/recurring?token={Token}"), "[document.body.innerText]");

        Assert.Contains("collect", text[0], StringComparison.Ordinal);
        Assert.Contains("0 6 1 * *", text[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/hangfire")]
    [InlineData("/reports/report.html")]
    [InlineData("/?token=wrong")]
    public async Task Get_WithoutTheToken_IsRefused(string path)
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync(new Uri(served.Address, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RunNow_PostedWithTheCookieButWithoutTheFormToken_IsForbidden()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        handler.CookieContainer.Add(served.Address, new Cookie("analyzer_dashboard", Token));
        using var client = new HttpClient(handler);

        using var response = await client.PostAsync(new Uri(served.Address, "/run-now"), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("report.html", "text/html", false)]
    [InlineData("recommendations.json", "application/json", true)]
    public async Task Report_WithTheToken_OpensHtmlAndDownloadsTheRest(string name, string contentType, bool attachment)
    {
        using var client = Authorized();

        using var response = await client.GetAsync(new Uri(served.Address, "/reports/" + name));

        Assert.Equal((HttpStatusCode.OK, contentType, attachment), (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.DispositionType == "attachment"));
    }

    [Theory]
    [InlineData("..%2Fanalyzer.duckdb")]
    [InlineData("schedule.json")]
    public async Task Report_ThatIsNotAReportInTheOutputFolder_IsNotFound(string name)
    {
        using var client = Authorized();

        using var response = await client.GetAsync(new Uri(served.Address, "/reports/" + name));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Server_ByDefault_ListensOnLoopbackOnly()
    {
        Assert.Equal("127.0.0.1", new Uri(new SchedulerOptions("s", new ScheduleConfig(), null, TimeProvider.System, TextWriter.Null, TextWriter.Null).Urls).Host);
        var outside = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (outside is null)
        {
            return; // A machine without a non-loopback IPv4 address has nothing else to reach it by.
        }

        using var socket = new TcpClient();
        var refused = await Record.ExceptionAsync(() => socket.ConnectAsync(outside, served.Address.Port));

        Assert.IsType<SocketException>(refused);
    }

    private static HttpClient Authorized()
    {
        // No redirects followed: HttpClient would drop the Authorization header on the way.
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    /// <summary>The scheduler serving its dashboard, and the run "run now" started, finished.</summary>
    public sealed class Served : IAsyncLifetime, IDisposable
    {
        private readonly SchedulerSandbox sandbox = new();
        private readonly CancellationTokenSource stop = new();
        private Task? serving;

        public Uri Address { get; private set; } = null!;

        public JobRun Finished { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var started = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
            var options = sandbox.Options() with { Urls = "http://127.0.0.1:0", DashboardToken = Token };
            serving = Task.Run(() => SchedulerHost.RunAsync(options, address => started.TrySetResult(address!), stop.Token));
            Address = await started.Task.WaitAsync(TimeSpan.FromSeconds(60));

            using var client = Authorized();
            using var posted = await client.PostAsync(new Uri(Address, "/run-now"), null);
            Assert.True(posted.IsSuccessStatusCode || posted.StatusCode == HttpStatusCode.Redirect, posted.StatusCode.ToString());
            for (var i = 0; i < 240 && sandbox.History() is not [{ FinishedAt: not null } run, ..]; i++)
            {
                await Task.Delay(500);
            }

            Finished = Assert.Single(sandbox.History());
            Assert.Equal(JobRunOutcomes.Succeeded, Finished.End.Outcome);
        }

        public async Task<string[]> EvalAsync(Uri url, string expression)
        {
            await using var browser = ChromiumBrowser.Launch(new ChromiumOptions());
            await using var page = await browser.OpenPageAsync(CancellationToken.None);
            await page.NavigateAsync(url, CancellationToken.None);
            var result = await page.EvaluateAsync(expression, CancellationToken.None);
            return [.. result.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
        }

        public async Task DisposeAsync()
        {
            await stop.CancelAsync();
            if (serving is not null)
            {
                await serving;
            }
        }

        public void Dispose()
        {
            stop.Dispose();
            sandbox.Dispose();
        }
    }
}
