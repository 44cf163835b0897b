using Analyzer.Core;

namespace Analyzer.Collectors.Logs;

/// <summary>
/// The opt-in reading of Lambda memory from the REPORT lines of each function's log group with CloudWatch Logs
/// Insights, for functions without Lambda Insights metrics. Logs Insights bills the bytes it scans, so it is off
/// unless asked for, and a run stops starting queries once their estimated cost would pass <see cref="MaxEstimatedUsd"/>.
/// </summary>
public sealed record LambdaLogMemoryOptions
{
    public static LambdaLogMemoryOptions Default { get; } = new();

    /// <summary>True: query the log groups of functions without a memory metric. Default false (it costs money).</summary>
    public bool Enabled { get; init; }

    /// <summary>
    /// The most a run may spend on the queries, estimated before each from its log group's stored bytes (the upper
    /// bound of what it scans) at <see cref="LambdaLogMemory.UsdPerGbScanned"/>.
    /// </summary>
    public decimal MaxEstimatedUsd { get; init; } = 1m;

    /// <summary>Throws a <see cref="ConfigurationException"/> for a value the run could not honour.</summary>
    public void Validate(string key)
    {
        if (MaxEstimatedUsd is < 0m or > 10_000m)
        {
            throw new ConfigurationException($"{key}.maxEstimatedUsd", $"must be 0 to 10000 USD, got {MaxEstimatedUsd}");
        }
    }
}
