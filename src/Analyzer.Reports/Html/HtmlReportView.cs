using Analyzer.Core.Reporting;
using Analyzer.Reports.Charts;

namespace Analyzer.Reports.Html;

/// <summary>What the templates bind to: the model itself, its charts and a few lookups the templates cannot compute.</summary>
/// <param name="Print">Rendered for the PDF: the executive document (top actions instead of the whole table, no controls).</param>
/// <param name="Data">The workspace's data, compressed as base64 (<see cref="WorkspacePayload"/>); empty when printing.</param>
/// <param name="Appendix">The PDF ends with every recommendation as a compact landscape table.</param>
internal sealed record HtmlReportView(
    ReportModel Model,
    ReportCharts Charts,
    IReadOnlyList<WorkloadReport> QuickWins,
    IReadOnlyDictionary<string, string> AccountNames,
    IReadOnlyList<BreakdownTableView> BreakdownTables,
    IReadOnlyList<ChangeTableView> ChangeTables,
    string Css,
    string Script,
    bool Print,
    bool Appendix,
    IReadOnlyList<WorkloadReport> TopActions,
    string Data)
{
    public int SourcesOk => Model.DataQuality.Sources.Count(s => s.Status == "ok");

    public IReadOnlyList<SourceStatus> SourcesNotOk => [.. Model.DataQuality.Sources.Where(s => s.Status != "ok")];
}
