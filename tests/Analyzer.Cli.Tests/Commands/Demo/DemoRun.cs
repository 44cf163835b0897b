using System.Diagnostics;
using Analyzer.Storage;

namespace Analyzer.Cli.Tests.Commands.Demo;

/// <summary>One `analyzer demo` into a temp folder, then a second one over the same store; shared by the end-to-end tests (it is slow).</summary>
public sealed class DemoRun : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "analyzer-demo-" + Guid.NewGuid().ToString("N")[..8]);

    public string StorePath => Path.Combine(Directory, "demo.duckdb");

    public int FirstCode { get; private set; }

    public int SecondCode { get; private set; }

    public string Error { get; private set; } = string.Empty;

    /// <summary>What the first run printed.</summary>
    public string Output { get; private set; } = string.Empty;

    public string Html { get; private set; } = string.Empty;

    public string PdfText { get; private set; } = string.Empty;

    public IReadOnlyDictionary<string, long> FirstCounts { get; private set; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, long> SecondCounts { get; private set; } = new Dictionary<string, long>();

    public string LatestRunId { get; private set; } = string.Empty;

    public static readonly string[] Tables =
    [
        "accounts", "workloads", "utilization_hourly", "cost_daily",
        "compute_optimizer_ec2", "compute_optimizer_asg", "compute_optimizer_lambda", "compute_optimizer_ecs",
    ];

    public async Task InitializeAsync()
    {
        (FirstCode, Output, Error) = await CliRunner.RunAsync("demo", "--out", Directory);
        Html = await File.ReadAllTextAsync(Path.Combine(Directory, "report.html"));
        PdfText = PdfToText(Path.Combine(Directory, "report.pdf"));
        FirstCounts = Counts();
        (SecondCode, _, _) = await CliRunner.RunAsync("demo", "--out", Directory);
        SecondCounts = Counts();
        using var store = AnalyzerStore.Open(StorePath, TimeProvider.System);
        using var connection = store.Connect();
        LatestRunId = connection.ExecuteScalar<string>("SELECT run_id FROM analysis_runs ORDER BY started_at DESC LIMIT 1")!;
    }

    public Task DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }

    private Dictionary<string, long> Counts()
    {
        using var store = AnalyzerStore.Open(StorePath, TimeProvider.System);
        using var connection = store.Connect();
        // Table names come from the closed list above.
        return Tables.ToDictionary(t => t, t => connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {t}"));
    }

    private static string PdfToText(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
