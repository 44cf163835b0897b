using System.Diagnostics;
using System.Text.Json;
using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;
using Analyzer.Testing.FakeAws;
using Analyzer.Testing.Processes;

namespace Analyzer.Cli.Tests.Commands;

/// <summary>
/// `analyzer` as AWS Batch runs it: a separate process (the test build's analyzer.dll) with stdout a pipe, against
/// the fake AWS endpoint. Two processes on one store, SIGTERM in the middle of a collection and the run that
/// resumes it, and the JSON log lines with credentials planted where an error message would leak them.
/// </summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed class BatchJobBehaviourTests : IDisposable
{
    private const string Account = "111111111111";

    /// <summary>Credentials the child runs with: a long-term-looking key id, a secret and a session token.</summary>
    private static readonly FakeAwsCredential Planted = new(
        "AKIAPLANTED000000002", "planted-secret/Key+0123456789abcdefghijk", Account, "PlantedSessionToken//0123456789abcdefghijklmnop==");

    private readonly FakeAwsServer _server = new();
    private readonly TempDuckDbFile _file = new();
    private readonly string _store;
    private readonly AwsEnvironment _environment = AwsEnvironment.WithKey(Planted);

    public BatchJobBehaviourTests()
    {
        _server.AddCredential(Planted);
        var ec2 = FakeEc2.Serve(_server);
        ec2.AddMany(2, "m5.xlarge");
        ec2.AddMany(3, "c5.large", autoScalingGroup: "web-asg");
        FakeCloudWatch.Serve(_server);
        FakeEcs.Serve(_server);
        FakeLambda.Serve(_server);
        FakeComputeOptimizer.Serve(_server);
        FakeSts.Serve(_server);
        ServeCostExplorer();
        _store = Path.Combine(Path.GetDirectoryName(_file.Path)!, "batch.duckdb");
    }

    public void Dispose()
    {
        _environment.Dispose();
        _file.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task Collect_WhileAnotherProcessHasTheStoreOpen_FailsFastWithStoreInUse()
    {
        // This test process holds the store open, as a first run would.
        var started = Stopwatch.StartNew();
        var second = await RunChildAsync("collect", "--store", _file.Path, "--endpoint-url", _server.Endpoint.ToString(), "--lookback-days", "2");

        Assert.Equal(ExitCodes.StoreInUse, second.ExitCode);
        Assert.Contains("store in use: another analyzer process has the store open", Messages(second.Error), StringComparison.Ordinal);
        Assert.Equal(0, _server.Calls("DescribeInstances"));
        Assert.True(started.Elapsed < TimeSpan.FromMinutes(2), "a second run must not wait for the first");
    }

    [Fact]
    public async Task Collect_WhenSigtermArrivesMidCollection_ExitsCancelledAndTheNextRunCompletesTheStore()
    {
        using var entered = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        _server.Handle("ce", "GetCostAndUsage", _ =>
        {
            entered.Release();
            release.Wait(TimeSpan.FromMinutes(5));
            return FakeAwsErrors.For(FakeAwsProtocol.Json, "ce", FakeFault.ServerError);
        });

        using var child = ChildProcess.Start("dotnet", [Dll, .. CollectArguments()], ChildEnvironment());
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        Assert.True(await entered.WaitAsync(TimeSpan.FromMinutes(5)), "the child never reached Cost Explorer");
        using (var kill = Process.Start("kill", ["-TERM", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await child.WaitForExitAsync(deadline.Token);
        release.Set();
        Assert.True(child.ExitCode == ExitCodes.Terminated, await error);
        Assert.Contains("cancelled", Messages(await error), StringComparison.Ordinal);
        _ = await output;

        ServeCostExplorer();
        var resumed = await CliRunner.RunAsync(CollectArguments());

        // 2 instances + 1 group, 48 hours each; two days of 9.216 USD cost.
        Assert.True(resumed.Code == 0, resumed.Error);
        Assert.Equal("144|18.432000", Scalar("SELECT (SELECT count(*) FROM utilization_hourly)::VARCHAR || '|' || (SELECT sum(unblended_cost) FROM cost_daily)::VARCHAR"));
    }

    [Fact]
    public async Task Collect_WithStdoutAPipe_WritesJsonLinesWithoutThePlantedCredentials()
    {
        // An error message that echoes the request's signature and token, as some AWS errors do.
        _server.Handle("ce", "GetCostAndUsage", request => FakeAwsErrors.Error(
            FakeAwsProtocol.Json, 400, "AccessDeniedException",
            $"denied: {request.Headers["authorization"]} token={request.Headers["x-amz-security-token"]} secret {Planted.SecretAccessKey}"));

        var run = await RunChildAsync(CollectArguments());

        Assert.Equal(ExitCodes.DataGaps, run.ExitCode);
        var lines = (run.Output + run.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line =>
        {
            using var entry = JsonDocument.Parse(line);
            Assert.Equal(["time", "level", "message"], entry.RootElement.EnumerateObject().Select(p => p.Name));
        });
        Assert.Contains("denied: AWS4-HMAC-SHA256 Credential=[redacted], SignedHeaders=", Messages(run.Output), StringComparison.Ordinal);
        Assert.Contains("Signature=[redacted] token=[redacted] secret [redacted]", Messages(run.Output), StringComparison.Ordinal);
        Assert.DoesNotContain(Planted.AccessKeyId, run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Planted.SecretAccessKey, run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Planted.SessionToken!, run.Output + run.Error, StringComparison.Ordinal);
    }

    /// <summary>The test build's analyzer.dll, beside the test assembly.</summary>
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "analyzer.dll");

    private string[] CollectArguments() =>
        ["collect", "--store", _store, "--endpoint-url", _server.Endpoint.ToString(), "--region", "us-east-1", "--lookback-days", "2"];

    private static Dictionary<string, string?> ChildEnvironment() => new(StringComparer.Ordinal)
    {
        ["AWS_ACCESS_KEY_ID"] = Planted.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = Planted.SecretAccessKey,
        ["AWS_SESSION_TOKEN"] = Planted.SessionToken,
        ["AWS_REGION"] = "us-east-1",
        ["AWS_PROFILE"] = null,
        ["ANALYZER_LOG_FORMAT"] = null,
    };

    private static Task<ChildProcessResult> RunChildAsync(params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [Dll, .. arguments], ChildEnvironment(), timeout: TimeSpan.FromMinutes(5));

    /// <summary>The message fields of JSON log lines, one per line.</summary>
    private static string Messages(string jsonLines) => string.Join('\n', jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
    {
        using var entry = JsonDocument.Parse(line);
        return entry.RootElement.GetProperty("message").GetString();
    }));

    private void ServeCostExplorer()
    {
        var ce = FakeCostExplorer.Serve(_server);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        ce.Rows.Add(new FakeCostRow(today.AddDays(-1), Account, "Amazon Elastic Compute Cloud - Compute", "BoxUsage:m5.xlarge", 9.216m, 9.216m, 48m));
        ce.Rows.Add(new FakeCostRow(today.AddDays(-2), Account, "Amazon Elastic Compute Cloud - Compute", "BoxUsage:m5.xlarge", 9.216m, 9.216m, 48m));
    }

    private string Scalar(string sql)
    {
        using var database = DuckDbDatabase.Open(_store);
        using var connection = database.Connect();
        return connection.ExecuteScalar<string>(sql) ?? string.Empty;
    }
}
