namespace Analyzer.Collectors.Logs;

/// <summary>One GetQueryResults answer: the status ("Scheduled", "Running", "Complete", "Failed", "Cancelled", "Timeout", "Unknown"), rows and bytes scanned.</summary>
/// <param name="Rows">Each row's fields by name; values are text from AWS, untrusted.</param>
internal sealed record LogsQueryResults(string Status, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, long BytesScanned)
{
    public bool IsDone => Status is "Complete" or "Failed" or "Cancelled" or "Timeout" or "Unknown";
}
