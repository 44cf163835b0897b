using Analyzer.Core.Settings;
using Analyzer.Core.Time;

namespace Analyzer.Analysis.Reporting;

/// <summary>The analysis run a report is built from, as recorded in analysis_runs.</summary>
internal sealed record ReportRun(string RunId, DateTime StartedAt, AnalysisSettings Settings, DateOnly? PriceAsOf, Period Window);
