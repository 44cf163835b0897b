using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Html;

/// <summary>One breakdown table: its element id, title, first column heading and rows.</summary>
internal sealed record BreakdownTableView(string TableId, string Title, string Heading, IReadOnlyList<BreakdownRow> Rows);
