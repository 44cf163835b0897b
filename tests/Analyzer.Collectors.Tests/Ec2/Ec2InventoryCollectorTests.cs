using Analyzer.Collectors.Aws;
using Analyzer.Collectors.Ec2;
using Analyzer.Core.Workloads;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Ec2;

public sealed class Ec2InventoryCollectorTests : IDisposable
{
    private const string Account = "111111111111";
    private readonly FakeAwsServer _server = new();
    private readonly FakeEc2 _ec2;

    public Ec2InventoryCollectorTests() => _ec2 = FakeEc2.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_WithOneInstance_ReturnsItAsWorkload()
    {
        _ec2.AddMany(1, "c6g.xlarge");

        var workloads = await CollectAsync();

        var workload = Assert.Single(workloads);
        Assert.Equal(("i-00000000000000001", WorkloadKind.Ec2Instance, "c6g.xlarge", "web-1", 1), (workload.WorkloadId, workload.Kind, workload.InstanceType, workload.Name, workload.DesiredCount));
    }

    [Fact]
    public async Task CollectAsync_WindowsDedicatedInstance_KeepsItsPlatformAndTenancy()
    {
        _ec2.Instances.Add(new FakeEc2Instance("i-0000000000000000a", "m5.large", "running", Account, new Dictionary<string, string>(), Platform: "windows")
        {
            PlatformDetails = "Windows with SQL Server Standard",
            Tenancy = "dedicated",
        });
        _ec2.AddMany(1, "m5.large");

        var workloads = await CollectAsync();

        Assert.Equal(("Windows with SQL Server Standard", "dedicated"), (workloads[0].Platform, workloads[0].Tenancy));
        Assert.Equal((Ec2Platforms.Linux, Ec2Platforms.SharedTenancy), (workloads[1].Platform, workloads[1].Tenancy));
    }

    [Fact]
    public async Task CollectAsync_With1250Instances_ReadsAllInTwoCalls()
    {
        _ec2.AddMany(1250);

        var workloads = await CollectAsync();

        Assert.Equal((1250, 2), (workloads.Count, _server.Calls("DescribeInstances")));
    }

    [Fact]
    public async Task CollectAsync_WhenAwsReturnsSmallerPages_FollowsNextTokenToTheEnd()
    {
        _ec2.AddMany(1203);
        _ec2.PageLimit = 100;

        var workloads = await CollectAsync();

        Assert.Equal((1203, 13, "i-000000000000004b3"), (workloads.Count, _server.Calls("DescribeInstances"), workloads[^1].WorkloadId));
    }

    [Fact]
    public async Task CollectAsync_WithAutoScalingGroupMembers_ReturnsOneGroupWorkload()
    {
        _ec2.AddMany(2, "t3.micro");
        _ec2.AddMany(5, "m6i.large", autoScalingGroup: "web-asg");

        var workloads = await CollectAsync();

        var group = Assert.Single(workloads, w => w.Kind == WorkloadKind.AutoScalingGroup);
        Assert.Equal((3, "web-asg", "m6i.large", 5), (workloads.Count, group.WorkloadId, group.InstanceType, group.DesiredCount));
    }

    [Fact]
    public async Task CollectAsync_WithSpotInstanceAndTags_MapsPurchaseOptionAndTags()
    {
        _ec2.Instances.Add(new FakeEc2Instance("i-0spot", "m7g.large", "running", Account,
            new Dictionary<string, string> { ["team"] = "a&b <c>" }, Architecture: "arm64", Lifecycle: "spot"));

        var workload = Assert.Single(await CollectAsync());

        Assert.Equal(("spot", "arm64", "a&b <c>", "i-0spot"), (workload.PurchaseOption, workload.Architecture, workload.Tags["team"], workload.Name));
    }

    [Fact]
    public async Task CollectAsync_WithTerminatedInstance_LeavesItOut()
    {
        _ec2.AddMany(1);
        _ec2.Instances.Add(_ec2.Instances[0] with { InstanceId = "i-0dead", State = "terminated" });

        var workloads = await CollectAsync();

        Assert.Equal("i-00000000000000001", Assert.Single(workloads).WorkloadId);
    }

    [Fact]
    public async Task CollectAsync_WhenThrottledTwice_RetriesAndSucceeds()
    {
        _ec2.AddMany(3);
        _server.Fail("DescribeInstances", FakeFault.Throttle, times: 2);
        var options = FakeAwsClient.Options(_server);

        var workloads = await new Ec2InventoryCollector(options).CollectAsync(Account, "us-east-1", CancellationToken.None);

        Assert.Equal((3, 3, 3L), (workloads.Count, _server.Calls("DescribeInstances"), options.Counter[AwsOperations.DescribeInstances]));
    }

    [Fact]
    public async Task CollectAsync_WhenServerErrorsPersist_ThrowsTransientAfterAllRetries()
    {
        _ec2.AddMany(1);
        _server.Fail("DescribeInstances", FakeFault.ServerError, times: 100);

        var error = await Assert.ThrowsAsync<CollectorException>(CollectAsync);

        Assert.Equal((true, "InternalFailure", 4), (error.IsTransient, error.ErrorCode, _server.Calls("DescribeInstances")));
    }

    [Fact]
    public async Task CollectAsync_WhenAccessDenied_NamesTheMissingActionWithoutRetrying()
    {
        _ec2.AddMany(1);
        _server.Fail("DescribeInstances", FakeFault.AccessDenied, times: 100, accountId: Account);

        var error = await Assert.ThrowsAsync<CollectorException>(CollectAsync);

        Assert.Equal((false, "ec2:DescribeInstances", 1), (error.IsTransient, error.MissingIamAction, _server.Calls("DescribeInstances")));
    }

    [Fact]
    public async Task CollectAsync_WithWrongSecret_FailsWithSignatureDoesNotMatch()
    {
        _ec2.AddMany(1);
        var wrong = FakeAwsCredential.Default with { SecretAccessKey = "not-the-secret" };

        var error = await Assert.ThrowsAsync<CollectorException>(
            () => new Ec2InventoryCollector(FakeAwsClient.Options(_server, wrong)).CollectAsync(Account, "us-east-1", CancellationToken.None));

        Assert.Equal(("SignatureDoesNotMatch", 1, 0), (error.ErrorCode, _server.Rejected, _server.Calls("DescribeInstances")));
    }

    [Fact]
    public async Task CollectAsync_WithExpiredSessionToken_FailsWithExpiredToken()
    {
        _ec2.AddMany(1);
        var session = new FakeAwsCredential("ASIAFAKE000000000002", "session-secret", "222222222222", "session-token", Expired: true);
        _server.AddCredential(session);

        var error = await Assert.ThrowsAsync<CollectorException>(
            () => new Ec2InventoryCollector(FakeAwsClient.Options(_server, session)).CollectAsync("222222222222", "us-east-1", CancellationToken.None));

        Assert.Equal(("ExpiredToken", false), (error.ErrorCode, error.IsTransient));
    }

    [Fact]
    public async Task CollectAsync_WithMalformedBody_ThrowsClearError()
    {
        _ec2.AddMany(10);
        _server.Fail("DescribeInstances", FakeFault.Malformed);

        var error = await Assert.ThrowsAsync<CollectorException>(CollectAsync);

        Assert.Contains("malformed response body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAsync_WhenBodyIsTruncatedOnce_RetriesAndReadsEverything()
    {
        _ec2.AddMany(10);
        _server.Fail("DescribeInstances", FakeFault.Truncated);

        var workloads = await CollectAsync();

        Assert.Equal((10, 2), (workloads.Count, _server.Calls("DescribeInstances")));
    }

    private Task<IReadOnlyList<Workload>> CollectAsync() =>
        new Ec2InventoryCollector(FakeAwsClient.Options(_server)).CollectAsync(Account, "us-east-1", CancellationToken.None);
}
