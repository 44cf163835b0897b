using Analyzer.Core;

namespace Analyzer.Scheduling;

/// <summary>When one recurring job runs: a cron expression (5 fields, or 6 with seconds) in a time zone.</summary>
public sealed record ScheduledJobConfig
{
    public string Cron { get; init; } = "0 2 * * *";

    /// <summary>IANA time zone id; null: the file's <see cref="ScheduleConfig.TimeZone"/>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>False removes the job from the schedule.</summary>
    public bool Enabled { get; init; } = true;

    public void Validate(string key)
    {
        // Hangfire parses the expression itself when the job is registered (ScheduleRegistrar turns its refusal into a
        // configuration error); here only what it would accept silently is checked.
        if (string.IsNullOrWhiteSpace(Cron))
        {
            throw new ConfigurationException(key + ".cron", "is empty");
        }

        if (TimeZone is { } zone)
        {
            ScheduleTimeZones.Find(zone, key + ".timeZone");
        }
    }
}
