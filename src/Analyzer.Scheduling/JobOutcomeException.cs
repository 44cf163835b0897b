namespace Analyzer.Scheduling;

/// <summary>
/// A scheduled job ended with a failure status (nothing collected, a report not written): Hangfire marks the job
/// failed with this message. <see cref="IsTransient"/> failures are tried again (see <see cref="RetryFilter"/>).
/// </summary>
public sealed class JobOutcomeException : Exception
{
    public JobOutcomeException(string message, bool isTransient)
        : base(message) => IsTransient = isTransient;

    public JobOutcomeException()
    {
    }

    public JobOutcomeException(string message)
        : base(message)
    {
    }

    public JobOutcomeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool IsTransient { get; }
}
