using Analyzer.Core.Options;

namespace Analyzer.Core.Reporting;

/// <summary>A gap in the data (its severity on the engine's risk scale) and how it affects the confidence of the recommendations.</summary>
/// <param name="Category">"missing_memory_metrics", "account_failed", "insufficient_data", ...</param>
/// <param name="Subject">What it concerns: an account, a region, a set of workloads.</param>
/// <param name="AffectedWorkloads">How many workloads it touches.</param>
/// <param name="ConfidenceEffect">What it does to the recommendations, e.g. "confidence capped at medium".</param>
public sealed record DataQualityIssue(
    Risk Severity,
    string Category,
    string Subject,
    string Detail,
    int AffectedWorkloads,
    string ConfidenceEffect)
{
    /// <summary>What fixes the cause (a command, a tag, an agent to install); null when nothing needs doing.</summary>
    public string? Action { get; init; }
}
