using Amazon.Runtime;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Collectors.Ec2;
using Analyzer.Core.Time;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Aws;

/// <summary>
/// AWS_ENDPOINT_URL_&lt;SERVICE&gt; reaches the fake without --endpoint-url. The variables are process-wide: each test
/// sets one for a service no other test leaves without an explicit endpoint, and restores it.
/// </summary>
public sealed class EndpointVariableTests : IDisposable
{
    private readonly FakeAwsServer _server = new();
    private readonly List<(string Name, string? Previous)> _restore = [];

    public EndpointVariableTests()
    {
        FakeEc2.Serve(_server).AddMany(2);
        FakeCostExplorer.Serve(_server);
    }

    public void Dispose()
    {
        foreach (var (name, previous) in _restore)
        {
            Environment.SetEnvironmentVariable(name, previous);
        }

        _server.Dispose();
    }

    [Fact]
    public async Task ServiceVariable_ForEc2_SendsDescribeInstancesToIt()
    {
        Set("AWS_ENDPOINT_URL_EC2", _server.Endpoint.ToString());

        var workloads = await new Ec2InventoryCollector(Options()).CollectAsync("111111111111", "us-east-1", CancellationToken.None);

        Assert.Equal((2, 1), (workloads.Count, _server.Calls("DescribeInstances")));
    }

    [Fact]
    public async Task ServiceVariable_ForCostExplorer_UsesTheServiceIdWithUnderscores()
    {
        Set("AWS_ENDPOINT_URL_COST_EXPLORER", _server.Endpoint.ToString());
        var day = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

        await new CostExplorerCostCollector(Options()).CollectAsync("111111111111", new Period(day, day.AddDays(1)), null, CancellationToken.None);

        Assert.Equal(1, _server.Calls("GetCostAndUsage"));
    }

    [Fact]
    public void ConfiguredEndpoint_WhenIgnoreIsSet_ReturnsNull()
    {
        Set("AWS_ENDPOINT_URL_STS", _server.Endpoint.ToString());
        Set("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");

        Assert.Null(AwsServiceClient.ConfiguredEndpoint(AwsService.Sts));
    }

    [Fact]
    public async Task ServiceVariable_ForSts_SendsAssumeRoleToIt()
    {
        Set("AWS_ENDPOINT_URL_STS", _server.Endpoint.ToString());
        var sts = FakeAssumeRole.Serve(_server);
        sts.AddRole("arn:aws:iam::222222222222:role/AnalyzerRead");
        var target = new AwsAccountTarget("222222222222", "prod", "arn:aws:iam::222222222222:role/AnalyzerRead");

        var session = await AwsAccountCredentials.For(Options(), target).Credentials!.GetCredentialsAsync();

        Assert.Equal(Assert.Single(sts.Issued).AccessKeyId, session.AccessKey);
    }

    private static AwsClientOptions Options() => new()
    {
        Credentials = new BasicAWSCredentials(FakeAwsCredential.Default.AccessKeyId, FakeAwsCredential.Default.SecretAccessKey),
        Region = "us-east-1",
        MaxRetries = 0,
        Timeout = TimeSpan.FromSeconds(5),
    };

    private void Set(string name, string value)
    {
        _restore.Add((name, Environment.GetEnvironmentVariable(name)));
        Environment.SetEnvironmentVariable(name, value);
    }
}
