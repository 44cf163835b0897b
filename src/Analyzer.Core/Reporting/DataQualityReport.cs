namespace Analyzer.Core.Reporting;

/// <summary>The data-quality section: what was collected and where it falls short.</summary>
public sealed record DataQualityReport(IReadOnlyList<SourceStatus> Sources, IReadOnlyList<DataQualityIssue> Issues);
