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

    /// <summary>How many recommendations the top actions list (the PDF's page, and the page's section the browser shows before the table is unpacked).</summary>
    public const int TopActionCount = 25;

    public static string Render(ReportModel model) => Render(model, print: false, appendix: false);

    /// <param name="print">For the PDF: the executive document rather than the workspace.</param>
    /// <param name="appendix">With <paramref name="print"/>: end with every recommendation as a landscape table.</param>
    internal static string Render(ReportModel model, bool print, bool appendix)
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
            print ? string.Empty : TemplateSource.Read("assets/report.js"),
            print,
            print && appendix,
            [.. model.Recommendations.Where(w => w.RecommendedSavings > 0m).Take(TopActionCount)],
            print ? string.Empty : WorkspacePayload.Encode(WorkspaceData.Build(model)));
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
