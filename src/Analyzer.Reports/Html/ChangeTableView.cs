using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Html;

/// <summary>One month-over-month table: new or resolved recommendations.</summary>
internal sealed record ChangeTableView(string Title, IReadOnlyList<RecommendationChange> Rows);
