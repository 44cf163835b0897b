using System.Globalization;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Analyzer.Storage.DuckDb;
using Analyzer.Testing.FakeAws;
using Analyzer.Testing.Moto;

namespace Analyzer.Cli.Tests.Commands.Shards;

/// <summary>
/// A sharded run with moto's S3 as the shards' store: moto's one account (123456789012, digit sum 48, so shard 0 of
/// 3) collected as `run --shard i/3 --shards-uri s3://...` x 3, merged with `run --merge`, against one plain `run`.
/// moto lacks Compute Optimizer, so every run that collects finishes with data gaps (exit 10), and so does the merge
/// (its shards' failures are its own).
/// </summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed class ShardedRunOnMotoTests : IClassFixture<ShardedRunOnMotoTests.Runs>
{
    private const string Bucket = "shards-bucket";
    private readonly Runs _runs;

    public ShardedRunOnMotoTests(Runs runs) => _runs = runs;

    [Fact]
    public async Task Shards_ThroughS3_ExitAsTheirSlicesCollectAndTheMergeWithDataGaps()
    {
        var result = await _runs.ResultAsync();

        // The single run, shards 0, 1 and 2, the merge: shard 0 holds the account and has moto's gaps; shards 1 and 2 are
        // empty and complete; the merge carries shard 0's gaps.
        Assert.True(result.Codes.SequenceEqual([10, 10, 0, 0, 10]), $"{string.Join(", ", result.Codes)}: {result.Errors}");
    }

    [Fact]
    public async Task Shard_ThroughS3_PutsEveryTableThenItsManifestUnderItsFolder()
    {
        var result = await _runs.ResultAsync();
        var prefix = $"analyzer/shards/{result.Period}/shard=0/";

        var keys = await _runs.KeysAsync(prefix);

        // 25 collected tables (capacity_reservations since 0007, dedicated_hosts since 0015, reserved_instances since 0018) and the manifest.
        Assert.Equal(26, keys.Count);
        Assert.Contains(prefix + "manifest.json", keys);
        Assert.Contains(prefix + "utilization_hourly.parquet", keys);
    }

    [Fact]
    public async Task Merge_FromS3_GivesTheWorkloadsAndRecommendationsOfTheSingleRun()
    {
        var result = await _runs.ResultAsync();
        const string Workloads = "SELECT workload_id || ' ' || account_id FROM workloads ORDER BY ALL";
        const string Recommendations = """
            SELECT workload_id || ' ' || option || ' ' || coalesce(monthly_savings::VARCHAR, '-')
            FROM recommendations WHERE run_id = (SELECT max(run_id) FROM analysis_runs) ORDER BY ALL
            """;

        Assert.Equal(5, Rows(result.MergedStore, Workloads).Count);
        Assert.Equal(Rows(result.SingleStore, Workloads), Rows(result.MergedStore, Workloads));
        Assert.Equal(Rows(result.SingleStore, Recommendations), Rows(result.MergedStore, Recommendations));
    }

    [Fact]
    public async Task Merge_FromS3_UploadsTheReportsAndTheHistory()
    {
        var result = await _runs.ResultAsync();

        var reports = await _runs.KeysAsync("analyzer/reports/");
        var history = await _runs.KeysAsync($"analyzer/shards/tables/recommendations/period={result.Period}/");

        Assert.Contains(reports, k => k.EndsWith("/recommendations.json", StringComparison.Ordinal));
        Assert.Equal([$"analyzer/shards/tables/recommendations/period={result.Period}/account_id=123456789012/data_0.parquet"], history);
    }

    private static List<string> Rows(string store, string sql)
    {
        using var database = DuckDbDatabase.Open(store);
        using var connection = database.Connect();
        using var reader = connection.ExecuteReader(sql);
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>What the five runs did.</summary>
    public sealed record RunsResult(IReadOnlyList<int> Codes, string Errors, string Period, string SingleStore, string MergedStore);

    /// <summary>moto seeded once (yesterday's two hours of CPU) with the bucket, and the single, three shard and merge runs made once.</summary>
    public sealed class Runs : IAsyncLifetime, IDisposable
    {
        private readonly AmazonS3Client _s3;
        private readonly string _root = Directory.CreateTempSubdirectory("analyzer-shards-moto-").FullName;
        private readonly Lazy<Task<RunsResult>> _result;

        public Runs()
        {
            _s3 = new AmazonS3Client(
                new BasicAWSCredentials(MotoServer.AccessKeyId, MotoServer.SecretAccessKey),
                new AmazonS3Config { ServiceURL = Server.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
            _result = new Lazy<Task<RunsResult>>(RunAllAsync);
        }

        public MotoServer Server { get; } = new();

        public async Task InitializeAsync()
        {
            await Server.SeedAsync(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-1).AddHours(10));
            await _s3.PutBucketAsync(Bucket);
        }

        public Task<RunsResult> ResultAsync() => _result.Value;

        public async Task<IReadOnlyList<string>> KeysAsync(string prefix)
        {
            var page = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = prefix });
            return [.. (page.S3Objects ?? []).Select(o => o.Key).Order(StringComparer.Ordinal)];
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose()
        {
            _s3.Dispose();
            Server.Dispose();
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private async Task<RunsResult> RunAllAsync()
        {
            using var environment = AwsEnvironment.WithKey(new FakeAwsCredential(MotoServer.AccessKeyId, MotoServer.SecretAccessKey, "123456789012"));
            var period = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var shards = $"s3://{Bucket}/analyzer/shards";
            var results = new List<(int Code, string Output, string Error)>
            {
                await CliRunner.RunAsync(Run("single")),
            };
            for (var i = 0; i < 3; i++)
            {
                results.Add(await CliRunner.RunAsync(Run(string.Create(CultureInfo.InvariantCulture, $"shard{i}"),
                    "--shard", string.Create(CultureInfo.InvariantCulture, $"{i}/3"), "--shards-uri", shards, "--period", period)));
            }

            results.Add(await CliRunner.RunAsync(Run("merged", "--merge", "--shards-uri", shards, "--period", period, "--upload", $"s3://{Bucket}/analyzer/reports")));
            return new RunsResult(
                [.. results.Select(r => r.Code)],
                string.Join(Environment.NewLine, results.Select(r => r.Error)),
                period,
                Path.Combine(_root, "single.duckdb"),
                Path.Combine(_root, "merged.duckdb"));
        }

        private string[] Run(string name, params string[] extra) =>
        [
            "run", "--store", Path.Combine(_root, name + ".duckdb"), "--endpoint-url", Server.Endpoint.ToString(), "--region", "us-east-1",
            "--lookback-days", "1", "--out", Path.Combine(_root, name + "-out"), "--format", "json,csv", .. extra,
        ];
    }
}
