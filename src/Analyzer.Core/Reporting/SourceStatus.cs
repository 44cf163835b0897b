namespace Analyzer.Core.Reporting;

/// <summary>How one source fared for one account and region in the collection runs behind the report.</summary>
/// <param name="Source">"cloudwatch", "cost-explorer", "cur", ...</param>
/// <param name="Status">"ok", "partial" or "failed".</param>
/// <param name="Error">The failure text, when there was one.</param>
public sealed record SourceStatus(string Source, string AccountId, string Region, string Status, long Rows, string? Error);
