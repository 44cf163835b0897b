using System.Globalization;
using System.Reflection;
using Analyzer.Core.History;
using Analyzer.Storage;
using Analyzer.Storage.History;
using Hangfire;
using HandlebarsDotNet;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Analyzer.Scheduling.Dashboard;

/// <summary>
/// Analyzer's own page beside Hangfire's dashboard: the run history from the store, the latest reports in the output
/// folder (HTML opens, the other formats download) and "run now". Rendered from Dashboard/history.hbs, which escapes
/// every value.
/// </summary>
internal static class HistoryPage
{
    private static readonly Lazy<HandlebarsTemplate<object, object>> Template = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("dashboard/history.hbs")
            ?? throw new InvalidOperationException("dashboard/history.hbs is not embedded.");
        using var reader = new StreamReader(stream);
        return Handlebars.Create().Compile(reader.ReadToEnd());
    });

    public static void Map(IEndpointRouteBuilder app, SchedulerServer server, DashboardGate gate)
    {
        var runtime = server.Runtime;
        app.MapGet("/", (HttpContext context) =>
        {
            IReadOnlyList<JobRun> runs;
            using (var store = AnalyzerStore.Open(runtime.StorePath, runtime.Time))
            {
                runs = new RunHistory(store, runtime.Time).Latest(50);
            }

            var html = Render(runs, ReportFiles.List(runtime.OutputDirectory), gate.FormToken, context.Request.Query.ContainsKey("queued"));
            return Results.Content(html, "text/html; charset=utf-8");
        });
        app.MapGet("/reports/{name}", (string name) =>
        {
            if (ReportFiles.Find(runtime.OutputDirectory, name) is not { } file)
            {
                return Results.NotFound();
            }

            return ReportFiles.OpensInline(file)
                ? Results.File(file.FullName, ReportFiles.ContentType(file))
                : Results.File(file.FullName, ReportFiles.ContentType(file), file.Name);
        });
        app.MapPost("/run-now", async (HttpContext context) =>
        {
            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
            if (!gate.HasBearer(context.Request) && !string.Equals(form?["form_token"].ToString(), gate.FormToken, StringComparison.Ordinal))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            server.Client.Enqueue<AnalyzerJobs>(jobs => jobs.RunNowAsync(CancellationToken.None));
            return Results.Redirect("/?queued=1");
        });
    }

    public static string Render(IReadOnlyList<JobRun> runs, IReadOnlyList<FileInfo> reports, string formToken, bool queued)
    {
        var inv = CultureInfo.InvariantCulture;
        return Template.Value(new
        {
            formToken,
            queued,
            runs = runs.Select(r => new
            {
                id = r.JobRunId,
                job = r.Job,
                trigger = r.Trigger,
                started = r.StartedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", inv),
                finished = r.FinishedAt?.ToString("yyyy-MM-dd HH:mm:ss'Z'", inv) ?? "",
                outcome = r.End.Outcome,
                ok = r.End.Outcome == JobRunOutcomes.Succeeded,
                gaps = Gaps(r.End),
                savings = r.End.MonthlySavings?.ToString("N2", inv) ?? "",
                analysisRunId = r.End.AnalysisRunId ?? "",
                error = r.End.Error ?? "",
            }),
            reports = reports.Select(f => new
            {
                name = f.Name,
                href = "/reports/" + Uri.EscapeDataString(f.Name),
                inline = ReportFiles.OpensInline(f),
                written = f.LastWriteTimeUtc.ToString("yyyy-MM-dd HH:mm'Z'", inv),
                size = (f.Length / 1024.0).ToString("N0", inv) + " KB",
            }),
        });
    }

    private static string Gaps(JobRunEnd end) => (end.CollectionFailures, end.DataQualityIssues) switch
    {
        (null, null) => "",
        var (failures, issues) => string.Create(CultureInfo.InvariantCulture, $"{failures ?? 0} collection, {issues ?? 0} data quality"),
    };
}
