using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Html;

/// <summary>The context of one breakdown-table partial: its element id, first column heading and rows.</summary>
internal sealed record BreakdownTableView(string TableId, string Heading, IReadOnlyList<BreakdownRow> Rows);
