using Analyzer.Collectors.Aws;
using Analyzer.Collectors.Ec2;
using Analyzer.Core.Workloads;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Ec2;

public sealed class Ec2InventoryCollectorTests : IDisposable
{
    private readonly FakeAwsServer _server = new();
    private readonly FakeEc2 _ec2;

    public Ec2InventoryCollectorTests() => _ec2 = FakeEc2.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_WithOneInstance_ReturnsItAsWorkload()
    {
        _ec2.AddMany(1, "c6g.xlarge");
        var collector = new Ec2InventoryCollector(FakeAwsClient.Options(_server));

        var workloads = await collector.CollectAsync("111111111111", "us-east-1", CancellationToken.None);

        var workload = Assert.Single(workloads);
        Assert.Equal(("i-00000000000000001", WorkloadKind.Ec2Instance, "c6g.xlarge", "web-1"), (workload.WorkloadId, workload.Kind, workload.InstanceType, workload.Name));
    }
}
