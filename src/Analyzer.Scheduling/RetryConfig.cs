using Analyzer.Core;

namespace Analyzer.Scheduling;

/// <summary>How a job that failed for a transient reason (throttling, a timeout) is tried again: the delay before each attempt.</summary>
public sealed record RetryConfig
{
    /// <summary>Seconds to wait before the 1st, 2nd, ... retry; the number of entries is the number of retries.</summary>
    public IReadOnlyList<int> DelaysSeconds { get; init; } = [60, 300, 900];

    public int Attempts => DelaysSeconds.Count;

    public TimeSpan Delay(int attempt) => TimeSpan.FromSeconds(DelaysSeconds[Math.Clamp(attempt - 1, 0, DelaysSeconds.Count - 1)]);

    public void Validate()
    {
        if (DelaysSeconds.Any(d => d < 0) || DelaysSeconds.Count > 20)
        {
            throw new ConfigurationException("retry.delaysSeconds", "needs at most 20 delays, none negative");
        }
    }
}
