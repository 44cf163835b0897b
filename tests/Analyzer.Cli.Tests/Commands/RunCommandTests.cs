using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;
using Analyzer.Testing.FakeAws;
using Analyzer.Testing.Moto;

namespace Analyzer.Cli.Tests.Commands;

/// <summary>
/// `analyzer run` end to end against moto: collect from a seeded account, analyze, write the reports and upload
/// them to moto's S3. Shares the AWS environment collection because the SDK reads moto's key from the environment.
/// </summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed partial class RunCommandTests : IClassFixture<RunCommandTests.SeededMoto>, IDisposable
{
    private readonly SeededMoto _moto;
    private readonly TempDuckDbFile _file = new();
    private readonly string _out;
    private readonly AwsEnvironment _environment = AwsEnvironment.WithKey(new FakeAwsCredential(MotoServer.AccessKeyId, MotoServer.SecretAccessKey, "123456789012"));

    public RunCommandTests(SeededMoto moto)
    {
        _moto = moto;
        _out = Path.Combine(Path.GetDirectoryName(_file.Path)!, "reports");
    }

    [Fact]
    public async Task Run_WithUpload_PutsEveryReportUnderTheRunId()
    {
        var run = await _moto.UploadedRunAsync();

        // moto lacks Compute Optimizer: the run finishes, uploads, and exits 10 (data gaps).
        Assert.True(run.Code == ExitCodes.DataGaps, run.Error);
        Assert.Equal(
            [$"analyzer/{run.RunId}/commitment_layers.csv", $"analyzer/{run.RunId}/commitments.csv", $"analyzer/{run.RunId}/recommendations.csv", $"analyzer/{run.RunId}/recommendations.json", $"analyzer/{run.RunId}/report.html"],
            await _moto.KeysAsync("analyzer/"));
    }

    [Fact]
    public async Task Run_WithUpload_SendsTheHtmlAsWrittenWithItsContentType()
    {
        var run = await _moto.UploadedRunAsync();

        var (body, contentType) = await _moto.GetAsync($"analyzer/{run.RunId}/report.html");

        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(run.Out, "report.html")), body);
        Assert.StartsWith("text/html", contentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Always_CollectsAndRecordsAnAnalysisRunOfTheSeededWorkloads()
    {
        var run = await _moto.UploadedRunAsync();

        using var database = DuckDbDatabase.Open(run.Store);
        using var connection = database.Connect();
        Assert.Equal((5L, 1L), (connection.ExecuteScalar<long>("SELECT count(*) FROM workloads"), connection.ExecuteScalar<long>("SELECT count(*) FROM analysis_runs")));
    }

    [Fact]
    public async Task Run_WhenTheBucketIsMissing_ExitsReportErrorAndKeepsTheLocalReports()
    {
        var (code, _, error) = await RunAsync("--upload", "s3://no-such-bucket-here/x");

        Assert.Equal(5, code);
        Assert.Contains("NoSuchBucket", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_out, "recommendations.json")));
    }

    [Fact]
    public async Task Run_WithUploadThatIsNotS3_ExitsUsageBeforeCollecting()
    {
        var (code, _, error) = await RunAsync("--upload", "https://example.com/x");

        Assert.Equal(2, code);
        Assert.Contains("--upload", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_out));
    }

    public void Dispose()
    {
        _environment.Dispose();
        _file.Dispose();
    }

    [GeneratedRegex(@"run id: (\S+)")]
    private static partial Regex RunId();

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] extra) => Run(_moto.Server, _file.Path, _out, extra);

    private static Task<(int Code, string Output, string Error)> Run(MotoServer server, string store, string output, params string[] extra) =>
        CliRunner.RunAsync([
            "run", "--store", store, "--endpoint-url", server.Endpoint.ToString(), "--region", "us-east-1", "--lookback-days", "1",
            "--out", output, "--format", "html,csv,json", .. extra]);

    /// <summary>The one `run --upload` the upload tests share: its exit code, run id, store and report folder.</summary>
    public sealed record UploadedRun(int Code, string Error, string RunId, string Store, string Out);

    /// <summary>moto seeded once (yesterday's two hours of CPU), with the bucket the reports go to.</summary>
    public sealed class SeededMoto : IAsyncLifetime, IDisposable
    {
        private readonly AmazonS3Client _s3;

        private readonly TempDuckDbFile _file = new();
        private readonly Lazy<Task<UploadedRun>> _uploaded;

        public SeededMoto()
        {
            _s3 = new AmazonS3Client(
                new BasicAWSCredentials(MotoServer.AccessKeyId, MotoServer.SecretAccessKey),
                new AmazonS3Config { ServiceURL = Server.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
            _uploaded = new Lazy<Task<UploadedRun>>(async () =>
            {
                var output = Path.Combine(Path.GetDirectoryName(_file.Path)!, "uploaded");
                var (code, printed, error) = await Run(Server, _file.Path, output, "--upload", "s3://reports-bucket/analyzer");
                return new UploadedRun(code, error, RunId().Match(printed).Groups[1].Value, _file.Path, output);
            });
        }

        public MotoServer Server { get; } = new();

        public async Task InitializeAsync()
        {
            await Server.SeedAsync(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-1).AddHours(10));
            await _s3.PutBucketAsync("reports-bucket");
        }

        /// <summary>Runs `run --upload s3://reports-bucket/analyzer` once, on first use, and keeps what it did.</summary>
        public Task<UploadedRun> UploadedRunAsync() => _uploaded.Value;

        public async Task<IReadOnlyList<string>> KeysAsync(string prefix)
        {
            var page = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "reports-bucket", Prefix = prefix });
            return [.. (page.S3Objects ?? []).Select(o => o.Key).Order(StringComparer.Ordinal)];
        }

        public async Task<(string Body, string ContentType)> GetAsync(string key)
        {
            using var response = await _s3.GetObjectAsync("reports-bucket", key);
            using var reader = new StreamReader(response.ResponseStream);
            return (await reader.ReadToEndAsync(), response.Headers.ContentType);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose()
        {
            _s3.Dispose();
            _file.Dispose();
            Server.Dispose();
        }
    }
}
