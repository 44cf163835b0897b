using Hangfire.States;
using Hangfire.Storage;

namespace Analyzer.Scheduling;

/// <summary>
/// `analyzer schedule --once`: fires the recurring jobs that are due by the clock (their next execution has passed),
/// runs them (with their retries) to the end and returns how each ended. For tests and for cron users.
/// </summary>
internal static class OnceRun
{
    public static async Task<IReadOnlyList<FiredJob>> RunAsync(SchedulerServer server, CancellationToken cancellationToken)
    {
        var runtime = server.Runtime;
        var now = runtime.Time.GetUtcNow().UtcDateTime;
        List<(string RecurringId, string JobId)> fired = [];
        using (var connection = runtime.Storage.GetConnection())
        {
            foreach (var due in connection.GetRecurringJobs().Where(r => r.NextExecution is { } next && next <= now).OrderBy(r => r.NextExecution))
            {
                if (server.Manager.TriggerJob(due.Id) is { } jobId)
                {
                    fired.Add((due.Id, jobId));
                }
            }
        }

        if (fired.Count == 0)
        {
            return [];
        }

        // One worker: what fell due first runs first, so the report analyses what the collection before it brought.
        using var workers = server.Start(recurring: false, workers: 1);
        while (true)
        {
            var states = fired.Select(f => (f.RecurringId, f.JobId, State: StateOf(runtime, f.JobId))).ToList();
            if (states.All(s => IsFinal(s.State.Name)))
            {
                workers.SendStop();
                await workers.WaitForShutdownAsync(cancellationToken);
                return [.. states.Select(s => new FiredJob(s.RecurringId, s.JobId, s.State.Name, s.State.ExceptionType, s.State.Message))];
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private static bool IsFinal(string state) =>
        state == SucceededState.StateName || state == FailedState.StateName || state == DeletedState.StateName;

    private static (string Name, string? ExceptionType, string? Message) StateOf(SchedulerRuntime runtime, string jobId)
    {
        using var connection = runtime.Storage.GetConnection();
        var state = connection.GetStateData(jobId);
        if (state is null)
        {
            return (string.Empty, null, null);
        }

        state.Data.TryGetValue("ExceptionType", out var type);
        state.Data.TryGetValue("ExceptionMessage", out var message);
        return (state.Name, type, message);
    }
}
