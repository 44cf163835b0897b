using Analyzer.Collectors.Lambda;
using Analyzer.Core.Workloads;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Lambda;

public sealed class LambdaInventoryCollectorTests : IDisposable
{
    private readonly FakeAwsServer _server = new();
    private readonly FakeLambda _lambda;

    public LambdaInventoryCollectorTests() => _lambda = FakeLambda.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_With120Functions_FollowsNextMarkerInThreeCalls()
    {
        _lambda.Functions.AddRange(Enumerable.Range(1, 120).Select(i => new FakeLambdaFunction($"fn-{i:000}")));

        var workloads = await CollectAsync();

        Assert.Equal((120, 120, 3), (workloads.Count, workloads.Select(w => w.WorkloadId).Distinct().Count(), _server.Calls("ListFunctions")));
    }

    [Fact]
    public async Task CollectAsync_ForOneFunction_MapsMemoryTimeoutArchitectureAndVcpuShare()
    {
        _lambda.Functions.Add(new FakeLambdaFunction("resize", MemoryMb: 1769, TimeoutSeconds: 30, Architecture: "arm64"));

        var fn = Assert.Single(await CollectAsync());

        Assert.Equal(("arn:aws:lambda:eu-west-1:111111111111:function:resize", WorkloadKind.LambdaFunction, 1769, 30, "arm64", 1.0, 1769 / 1024.0),
            (fn.WorkloadId, fn.Kind, fn.LambdaMemoryMb, fn.LambdaTimeoutSeconds, fn.Architecture, fn.Vcpu, fn.MemoryGib));
    }

    [Fact]
    public async Task CollectAsync_WhenDenied_NamesTheMissingAction()
    {
        _server.Fail("ListFunctions", FakeFault.AccessDenied);

        var error = await Assert.ThrowsAsync<CollectorException>(CollectAsync);

        Assert.Equal("lambda:ListFunctions", error.MissingIamAction);
    }

    private Task<IReadOnlyList<Workload>> CollectAsync() =>
        new LambdaInventoryCollector(FakeAwsClient.Options(_server)).CollectAsync("111111111111", "eu-west-1", CancellationToken.None);
}
