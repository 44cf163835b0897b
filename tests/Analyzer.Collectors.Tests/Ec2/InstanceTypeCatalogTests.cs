using Analyzer.Collectors.Ec2;
using Analyzer.Core.Workloads;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Ec2;

public sealed class InstanceTypeCatalogTests : IDisposable
{
    private readonly FakeAwsServer _server = new();
    private readonly FakeEc2 _ec2;

    public InstanceTypeCatalogTests() => _ec2 = FakeEc2.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task FillSizesAsync_ForKnownTypes_FillsVcpuAndMemory()
    {
        var filled = await FillAsync([Instance("i-1", "m5.xlarge"), Instance("i-2", "c6g.large")]);

        Assert.Equal([(4.0, 16.0), (2.0, 4.0)], filled.Select(w => (w.Vcpu!.Value, w.MemoryGib!.Value)));
    }

    [Fact]
    public async Task FillSizesAsync_WithRepeatedTypes_AsksForEachTypeOnce()
    {
        await FillAsync([Instance("i-1", "m5.large"), Instance("i-2", "m5.large"), Instance("i-3", "c5.large")]);

        Assert.Equal(1, _server.Calls("DescribeInstanceTypes"));
    }

    [Fact]
    public async Task FillSizesAsync_WhenTypesSpanPages_FollowsNextToken()
    {
        _ec2.InstanceTypesPageLimit = 1;

        var filled = await FillAsync([Instance("i-1", "m5.large"), Instance("i-2", "c5.large")]);

        Assert.Equal((2, 2), (filled.Count(w => w.Vcpu is not null), _server.Calls("DescribeInstanceTypes")));
    }

    [Fact]
    public async Task FillSizesAsync_ForLambdaOnly_MakesNoCall()
    {
        var lambda = Instance("fn", "unused") with { Kind = WorkloadKind.LambdaFunction, InstanceType = null, Vcpu = 1, MemoryGib = 1 };

        await FillAsync([lambda]);

        Assert.Equal(0, _server.Calls("DescribeInstanceTypes"));
    }

    private Task<IReadOnlyList<Workload>> FillAsync(IReadOnlyList<Workload> workloads) =>
        new InstanceTypeCatalog(FakeAwsClient.Options(_server)).FillSizesAsync("us-east-1", workloads, CancellationToken.None);

    private static Workload Instance(string id, string type) => new(id, "111111111111", "us-east-1", WorkloadKind.Ec2Instance, id, type,
        null, null, "x86_64", "on-demand", null, 1, null, null, new Dictionary<string, string>());
}
