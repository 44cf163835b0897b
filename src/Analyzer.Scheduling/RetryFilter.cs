using Analyzer.Collectors;
using Hangfire.States;

namespace Analyzer.Scheduling;

/// <summary>
/// Replaces Hangfire's AutomaticRetry: a job that failed for a transient reason (throttling, a timeout, a network
/// error) is scheduled again after the configured delay, up to the configured number of retries; any other failure
/// (a configuration error above all, which no retry can mend) stays failed at once.
/// </summary>
internal sealed class RetryFilter(RetryConfig policy) : IElectStateFilter
{
    public const string RetryCountParameter = "RetryCount";

    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is not FailedState failed || !IsTransient(failed.Exception))
        {
            return;
        }

        var attempt = context.GetJobParameter<int>(RetryCountParameter) + 1;
        if (attempt > policy.Attempts)
        {
            return;
        }

        context.SetJobParameter(RetryCountParameter, attempt);
        context.CandidateState = new ScheduledState(policy.Delay(attempt))
        {
            Reason = $"Retry {attempt} of {policy.Attempts} after a transient failure: {failed.Exception.Message}",
        };
    }

    public static bool IsTransient(Exception? exception) => exception switch
    {
        null => false,
        JobOutcomeException outcome => outcome.IsTransient,
        CollectorException collector => collector.IsTransient,
        HttpRequestException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTransient),
        _ => false,
    };
}
