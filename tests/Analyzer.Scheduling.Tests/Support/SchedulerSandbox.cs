using System.Text.Json;
using Analyzer.Core.History;
using Analyzer.Storage;
using Analyzer.Storage.History;
using Analyzer.Testing;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Scheduling.Tests.Support;

/// <summary>
/// A folder with a store, a schedule file and a small fake AWS account, and a clock the test moves: what one
/// scheduler instance needs. The schedule collects at 02:00 and reports on the 1st at 06:00 (the defaults), retries
/// after 1 s, and writes HTML and JSON reports into reports/.
/// </summary>
internal sealed class SchedulerSandbox : IDisposable
{
    /// <summary>A minute before the first collection of December is due.</summary>
    public static readonly DateTimeOffset BeforeFirstRun = new(2026, 12, 1, 1, 59, 0, TimeSpan.Zero);

    /// <summary>Half a minute after the monthly report fell due (and the daily collection before it).</summary>
    public static readonly DateTimeOffset AfterReportDue = new(2026, 12, 1, 6, 0, 30, TimeSpan.Zero);

    private readonly AwsEnvironment environment = AwsEnvironment.WithKey(FakeAwsCredential.Default);

    public SchedulerSandbox(string? collectConfig = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("analyzer-schedule-").FullName;
        Fleet = new FakeAwsFleet(DateOnly.FromDateTime(AfterReportDue.UtcDateTime));
        var config = new Dictionary<string, object?>
        {
            ["endpointUrl"] = Fleet.Endpoint.ToString(),
            ["regions"] = new[] { "us-east-1" },
            ["out"] = "reports",
            ["formats"] = "html,json",
            ["retry"] = new { delaysSeconds = new[] { 1, 1 } },
        };
        if (collectConfig is not null)
        {
            config["collectConfig"] = collectConfig;
        }

        ConfigPath = Path.Combine(Directory, "schedule.json");
        File.WriteAllText(ConfigPath, JsonSerializer.Serialize(config));
    }

    public string Directory { get; }

    public string ConfigPath { get; }

    public string StorePath => Path.Combine(Directory, "analyzer.duckdb");

    public string ReportsDirectory => Path.Combine(Directory, "reports");

    public FakeAwsFleet Fleet { get; }

    public ManualTimeProvider Time { get; } = new(BeforeFirstRun);

    public StringWriter Output { get; } = new();

    public SchedulerOptions Options(string? postgres = null) =>
        new(StorePath, ScheduleConfig.Load(ConfigPath), postgres, Time, Output, Output) { PollingInterval = TimeSpan.FromSeconds(1) };

    /// <summary>`analyzer schedule --once` at <paramref name="at"/>.</summary>
    public Task<IReadOnlyList<FiredJob>> OnceAsync(DateTimeOffset at, string? postgres = null)
    {
        Time.Now = at;
        return SchedulerHost.RunOnceAsync(Options(postgres), CancellationToken.None);
    }

    public IReadOnlyList<JobRun> History()
    {
        using var store = AnalyzerStore.Open(StorePath, Time);
        return new RunHistory(store, Time).Latest();
    }

    public void Dispose()
    {
        environment.Dispose();
        Fleet.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a server thread shutting down; the temp folder is cleaned up later.
        }
    }
}
