using Analyzer.Core.Time;

namespace Analyzer.Core.Collection;

/// <summary>
/// One `analyzer collect` run as a whole: what it asked for, how it ended, and what its AWS calls cost.
/// Each batch it loaded is a collection_runs row of its own; this is the summary above them.
/// </summary>
/// <param name="Status">"succeeded", "partial" (some account/region/source failed) or "failed" (nothing collected).</param>
/// <param name="Calls">Requests per IAM action ("ce:GetCostAndUsage"), retries included.</param>
/// <param name="EstimatedCostUsd">Cost Explorer requests at $0.01 plus CloudWatch metrics at $0.01 per 1,000.</param>
public sealed record CollectionSession(
    string SessionId,
    DateTime StartedAt,
    DateTime FinishedAt,
    Period Window,
    string Status,
    int Accounts,
    int Regions,
    int Failures,
    IReadOnlyDictionary<string, long> Calls,
    long PaidRequests,
    long MetricsRequested,
    decimal EstimatedCostUsd);
