using Analyzer.Core.History;
using Analyzer.Jobs.Run;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.History;

namespace Analyzer.Jobs.History;

/// <summary>
/// Runs a job with its row in the run history: written as 'running' when it starts, completed with its result, or
/// with 'cancelled' / 'failed' and the exception's message when it throws (the exception still propagates).
/// </summary>
internal static class RecordedRun
{
    public static async Task<RunResult> RunAsync(
        AnalyzerStore store, TimeProvider time, string job, string trigger, Func<Task<RunResult>> work, CancellationToken cancellationToken)
    {
        var history = new RunHistory(store, time);
        var id = history.Start(job, trigger);
        try
        {
            var result = await work();
            history.Finish(id, result.ToHistory());
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            TryFinish(history, id, new JobRunEnd(JobRunOutcomes.Cancelled));
            throw;
        }
        catch (Exception ex)
        {
            TryFinish(history, id, new JobRunEnd(JobRunOutcomes.Failed) { Error = ex.Message });
            throw;
        }
    }

    private static void TryFinish(RunHistory history, string id, JobRunEnd end)
    {
        try
        {
            history.Finish(id, end);
        }
        catch (StorageException)
        {
            // The store itself is failing; the job's own exception is the one to report.
        }
    }
}
