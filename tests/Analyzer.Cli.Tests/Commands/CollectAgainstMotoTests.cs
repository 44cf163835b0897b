using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;
using Analyzer.Testing.FakeAws;
using Analyzer.Testing.Moto;

namespace Analyzer.Cli.Tests.Commands;

/// <summary>
/// `analyzer collect --endpoint-url` against moto, an AWS-compatible server we did not write: the command fills the
/// store from it. Shares the AWS environment collection because the SDK reads moto's key from the environment.
/// </summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed class CollectAgainstMotoTests : IClassFixture<CollectAgainstMotoTests.CollectedFromMoto>
{
    private readonly CollectedFromMoto _collected;

    public CollectAgainstMotoTests(CollectedFromMoto collected) => _collected = collected;

    [Fact]
    public void Collect_AgainstMoto_FinishesWithDataGapsNamingWhatMotoLacks()
    {
        // moto has no Compute Optimizer: a failure the summary lists, the rest is committed, and the exit says "gaps".
        Assert.True(_collected.Code == ExitCodes.DataGaps, _collected.Error);
        Assert.Contains("compute-optimizer", _collected.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_AgainstMoto_StoresTheSeededWorkloadsByKind()
    {
        Assert.Equal(
            ["asg|1", "ec2_instance|2", "ecs_service|1", "lambda_function|1"],
            _collected.Rows("SELECT kind || '|' || count(*) FROM workloads GROUP BY kind ORDER BY kind"));
    }

    [Fact]
    public void Collect_AgainstMoto_StoresThePutMetricDataValuesAsHourlySamples()
    {
        Assert.Equal(
            ["20.0", "40.0"],
            _collected.Rows($"SELECT cpu_avg_pct::VARCHAR FROM utilization_hourly WHERE workload_id = '{_collected.FirstInstance}' AND cpu_avg_pct IS NOT NULL ORDER BY hour"));
    }

    /// <summary>One moto server, seeded, collected once through the CLI.</summary>
    public sealed class CollectedFromMoto : IAsyncLifetime, IDisposable
    {
        private readonly MotoServer _server = new();
        private readonly TempDuckDbFile _file = new();

        public int Code { get; private set; }

        public string Output { get; private set; } = string.Empty;

        public string Error { get; private set; } = string.Empty;

        public string FirstInstance { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            // Two hours of CPU yesterday: collect's one-day lookback is the last whole UTC day.
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var start = now.Date.AddDays(-1).AddHours(10);
            FirstInstance = (await _server.SeedAsync(start)).FirstInstance;
            using var environment = AwsEnvironment.WithKey(new FakeAwsCredential(MotoServer.AccessKeyId, MotoServer.SecretAccessKey, "123456789012"));
            (Code, Output, Error) = await CliRunner.RunAsync(
                "collect", "--store", _file.Path, "--endpoint-url", _server.Endpoint.ToString(), "--region", "us-east-1", "--lookback-days", "1");
        }

        public IReadOnlyList<string> Rows(string sql)
        {
            using var database = DuckDbDatabase.Open(_file.Path);
            using var connection = database.Connect();
            using var reader = connection.ExecuteReader(sql);
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(reader.GetString(0));
            }

            return rows;
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose()
        {
            _server.Dispose();
            _file.Dispose();
        }
    }
}
