using Analyzer.Storage;

namespace Analyzer.Cli.Tests.Reliability;

/// <summary>
/// Mistakes an operator makes get one clear line and the documented exit code (README, "Exit codes"), never an
/// unhandled exception's abort (134) and stack trace, and never a new empty store standing in for a mistyped one.
/// </summary>
public sealed class ErrorExitTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("analyzer-errors-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Analyze_ConfigFileMissing_ExitsWithUsageCodeAndOneLine()
    {
        var (code, _, error) = await RunAsync("analyze", "--config", "missing.json");

        Assert.Equal(2, code);
        Assert.Equal($"configuration error: --config: no file at {Path.Combine(folder, "missing.json")}", error.TrimEnd());
    }

    [Fact]
    public async Task Analyze_ConfigIsAFolder_ExitsWithUsageCode()
    {
        Directory.CreateDirectory(Path.Combine(folder, "settings"));

        var (code, _, error) = await RunAsync("analyze", "--config", "settings");

        Assert.Equal(2, code);
        Assert.Contains("is a folder", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Demo_OutIsAnExistingFile_ExitsWithUsageCodeAndLeavesTheFile()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "taken"), "mine");

        var (code, _, error) = await RunAsync("demo", "--out", "taken");

        Assert.Equal(2, code);
        Assert.Contains("is a file; give a folder", error, StringComparison.Ordinal);
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(folder, "taken")));
    }

    [Fact]
    public async Task Sql_UnknownNamedQuery_ExitsWithUsageCodeNamingTheList()
    {
        using (AnalyzerStore.Open(Path.Combine(folder, "analyzer.duckdb"), TimeProvider.System))
        {
        }

        var (code, _, error) = await RunAsync("sql", "--query", "nosuch");

        Assert.Equal(2, code);
        Assert.Equal("configuration error: --query: no named query 'nosuch'; 'analyzer sql --list' shows them.", error.TrimEnd());
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("report")]
    [InlineData("sql")]
    public async Task ReadingCommand_StoreMissing_ExitsWithStoreCodeAndCreatesNoStore(string command)
    {
        string[] args = command == "sql" ? ["sql", "--store", "typo.duckdb", "select 1"] : [command, "--store", "typo.duckdb"];

        var (code, _, error) = await RunAsync(args);

        Assert.Equal(3, code);
        Assert.StartsWith("store error: No store at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "typo.duckdb")));
    }

    [Fact]
    public async Task RunAsync_MultiLineStoreError_PrintsOneLine()
    {
        using (AnalyzerStore.Open(Path.Combine(folder, "analyzer.duckdb"), TimeProvider.System))
        {
        }

        var (code, _, error) = await RunAsync("sql", "select nosuch from workloads");

        Assert.Equal(3, code);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Describe_UnclassifiedException_IsExitOne()
    {
        var (code, line) = AnalyzerApp.Describe(new InvalidOperationException("boom"), CancellationToken.None);

        Assert.Equal((1, "unexpected error (InvalidOperationException): boom"), (code, line));
    }

    [Fact]
    public void Describe_TimeoutOutsideCancellation_IsNotReportedAsCancelled()
    {
        var (code, _) = AnalyzerApp.Describe(new TaskCanceledException("HttpClient.Timeout of 100 seconds elapsed"), CancellationToken.None);

        Assert.Equal(1, code);
    }

    [Fact]
    public void Describe_Cancelled_IsExit130()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var (code, line) = AnalyzerApp.Describe(new OperationCanceledException(cancelled.Token), cancelled.Token);

        Assert.Equal(130, code);
        Assert.StartsWith("cancelled", line, StringComparison.Ordinal);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => CliRunner.RunInAsync(folder, TimeProvider.System, args);
}
