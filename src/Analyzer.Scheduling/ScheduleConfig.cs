using System.Text.Json.Serialization;
using Analyzer.Core;

namespace Analyzer.Scheduling;

/// <summary>
/// The `analyzer schedule --config` file (JSON, docs/schedule.md): what the scheduled jobs read and write, and when
/// they run. Relative paths are relative to the file's folder. Every key is optional.
/// </summary>
public sealed record ScheduleConfig
{
    /// <summary>"aws" (default) collects from AWS; "demo" loads the built-in demo organisation instead.</summary>
    public string Source { get; init; } = "aws";

    /// <summary>The collection's JSON file (docs/collect.md); absent: the ambient credentials' account and regions.</summary>
    public string? CollectConfig { get; init; }

    /// <summary>The analysis settings file (docs/configuration.md).</summary>
    public string? Settings { get; init; }

    /// <summary>Folder the reports go to (default reports/out).</summary>
    public string Out { get; init; } = "reports/out";

    public string Formats { get; init; } = "html,pdf,csv,json";

    /// <summary>s3://bucket/prefix to upload each run's reports to.</summary>
    public string? Upload { get; init; }

    /// <summary>Send every AWS request to this URL (a VPC endpoint or a local fake).</summary>
    public string? EndpointUrl { get; init; }

    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>The time zone the cron expressions are read in, unless a job names its own (IANA id, default UTC).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>The daily collection: 02:00 by default.</summary>
    public ScheduledJobConfig Collect { get; init; } = new() { Cron = "0 2 * * *" };

    /// <summary>The monthly report (analysis, reports, upload): the 1st at 06:00 by default.</summary>
    public ScheduledJobConfig Report { get; init; } = new() { Cron = "0 6 1 * *" };

    public RetryConfig Retry { get; init; } = new();

    /// <summary>The folder relative paths are read from.</summary>
    [JsonIgnore]
    public string BaseDirectory { get; init; } = Environment.CurrentDirectory;

    public static ScheduleConfig Load(string path) =>
        (JsonConfigFile.Load<ScheduleConfig>(path, "schedule configuration") with { BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))! }).Validate();

    /// <summary>A path of the file, made absolute against <see cref="BaseDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, BaseDirectory);

    /// <summary>Checks what can be checked before the first run: the source, the time zones, the retry delays.</summary>
    public ScheduleConfig Validate()
    {
        if (Source is not ("aws" or "demo"))
        {
            throw new ConfigurationException("source", $"'{Source}' is neither 'aws' nor 'demo'");
        }

        ScheduleTimeZones.Find(TimeZone, "timeZone");
        Collect.Validate("collect");
        Report.Validate("report");
        Retry.Validate();
        return this;
    }
}
