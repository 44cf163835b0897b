using Analyzer.Core.Reporting;
using Analyzer.Reports.Charts;

namespace Analyzer.Reports.Html;

/// <summary>What the templates bind to: the model itself, its charts and a few lookups the templates cannot compute.</summary>
internal sealed record HtmlReportView(
    ReportModel Model,
    ReportCharts Charts,
    IReadOnlyList<WorkloadReport> QuickWins,
    IReadOnlyDictionary<string, string> AccountNames,
    IReadOnlyList<BreakdownTableView> BreakdownTables,
    IReadOnlyList<ChangeTableView> ChangeTables,
    string Css,
    string Script);
