using Analyzer.Analysis;
using Analyzer.Core.Reporting;

namespace Analyzer.Jobs.Analyze;

/// <summary>An analysis run the engine just wrote, with the report model read back from the store.</summary>
public sealed record AnalyzedRun(AnalysisRun Run, ReportModel Model);
