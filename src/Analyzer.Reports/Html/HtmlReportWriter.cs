using System.Text;
using Analyzer.Core.Reporting;
using Analyzer.Reports.Charts;

namespace Analyzer.Reports.Html;

/// <summary>
/// Writes the report as one self-contained HTML file (inline CSS, SVG charts and a small script; no network
/// access) from the templates in reports/templates. The PDF writer prints this same HTML.
/// </summary>
public static class HtmlReportWriter
{
    public const string FileName = "report.html";

    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var quickWinIds = model.Summary.QuickWinWorkloadIds.ToHashSet(StringComparer.Ordinal);
        var view = new HtmlReportView(
            model,
            ReportCharts.Build(model),
            model.Recommendations.Where(w => quickWinIds.Contains(w.WorkloadId)).Take(10).ToList(),
            model.Cover.Accounts.ToDictionary(a => a.AccountId, a => a.Name, StringComparer.Ordinal),
            [
                new BreakdownTableView("accounts-table", "By account", "Account", model.ByAccount),
                new BreakdownTableView("teams-table", $"By team (tag \"{model.TeamTagKey}\")", "Team", model.ByTeam),
            ],
            model.MonthOverMonth is { } changes
                ? [new ChangeTableView("New recommendations", changes.NewRecommendations), new ChangeTableView("Resolved recommendations", changes.ResolvedRecommendations)]
                : [],
            TemplateSource.Read("assets/report.css"),
            TemplateSource.Read("assets/report.js"));
        return HtmlTemplates.Shared.Report(view);
    }

    /// <summary>The PDF page footer (period and page numbers) as Chromium's footerTemplate.</summary>
    internal static string RenderPdfFooter(ReportModel model) => HtmlTemplates.Shared.Footer(model);

    public static Task WriteAsync(ReportModel model, string path, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(Render(model));
        return ReportFileWriter.WriteAsync(path, bytes, cancellationToken);
    }
}
