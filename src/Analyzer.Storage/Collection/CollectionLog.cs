using Analyzer.Core.Collection;
using Analyzer.Core.Time;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Collection;

/// <summary>
/// Records what a collection run could not collect (as failed collection_runs rows naming the missing IAM action)
/// and the run as a whole (collection_sessions, collection_api_calls).
/// </summary>
public sealed class CollectionLog(AnalyzerStore store, TimeProvider time)
{
    public void RecordFailure(string source, string accountId, string region, Period window, string message, string? errorCode, string? missingIamAction)
    {
        var at = time.GetUtcNow();
        using var connection = store.Connect();
        connection.Execute(QueryCatalog.Get("collection/record_failure"), new Dictionary<string, object?>
        {
            ["run_id"] = Guid.CreateVersion7(at).ToString("N"),
            ["source"] = source,
            ["account_id"] = accountId,
            ["region"] = region,
            ["window_start"] = window.Start,
            ["window_end"] = window.End,
            ["at"] = at.UtcDateTime,
            ["error"] = message,
            ["error_code"] = errorCode,
            ["missing_iam_action"] = missingIamAction,
        });
    }

    public void RecordSession(CollectionSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        connection.Execute(QueryCatalog.Get("collection/record_session"), new Dictionary<string, object?>
        {
            ["session_id"] = session.SessionId,
            ["started_at"] = session.StartedAt,
            ["finished_at"] = session.FinishedAt,
            ["window_start"] = session.Window.Start,
            ["window_end"] = session.Window.End,
            ["status"] = session.Status,
            ["accounts"] = session.Accounts,
            ["regions"] = session.Regions,
            ["failures"] = session.Failures,
            ["paid_requests"] = session.PaidRequests,
            ["metrics_requested"] = session.MetricsRequested,
            ["estimated_cost_usd"] = session.EstimatedCostUsd,
        });
        var calls = QueryCatalog.Get("collection/record_api_calls");
        foreach (var (action, count) in session.Calls.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            connection.Execute(calls, new Dictionary<string, object?> { ["session_id"] = session.SessionId, ["iam_action"] = action, ["calls"] = count });
        }

        transaction.Commit();
    }
}
