namespace Analyzer.Scheduling;

/// <summary>How `analyzer schedule` was asked to run.</summary>
/// <param name="StorePath">Full path of the DuckDB store the jobs write; Hangfire's SQLite file goes beside it.</param>
/// <param name="PostgresConnection">Hangfire's storage in PostgreSQL instead (shared by several instances).</param>
public sealed record SchedulerOptions(string StorePath, ScheduleConfig Config, string? PostgresConnection, TimeProvider Time, TextWriter Output, TextWriter Error)
{
    /// <summary>Where the dashboard listens; loopback only unless told otherwise.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The secret the dashboard asks for (ANALYZER_DASHBOARD_TOKEN); null: no dashboard is served.</summary>
    public string? DashboardToken { get; init; }

    /// <summary>How often the schedulers look for due and delayed jobs.</summary>
    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromSeconds(15);
}
