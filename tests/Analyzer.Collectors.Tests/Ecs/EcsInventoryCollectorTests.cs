using Analyzer.Collectors.Ecs;
using Analyzer.Core.Workloads;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Ecs;

public sealed class EcsInventoryCollectorTests : IDisposable
{
    private readonly FakeAwsServer _server = new();
    private readonly FakeEcs _ecs;

    public EcsInventoryCollectorTests()
    {
        _ecs = FakeEcs.Serve(_server);
        _ecs.TaskDefinitions["web:3"] = ("512", "1024", "ARM64");
        _ecs.TaskDefinitions["worker:7"] = ("2048", "4096", "X86_64");
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_ForFargateService_SizesItFromTheTaskDefinition()
    {
        _ecs.Services.Add(new FakeEcsService("prod", "checkout", "web:3", DesiredCount: 4));

        var service = Assert.Single(await CollectAsync());

        Assert.Equal(("arn:aws:ecs:us-east-1:111111111111:service/prod/checkout", WorkloadKind.EcsService, "checkout", 0.5, 1.0, "arm64", "FARGATE", 4, "on-demand"),
            (service.WorkloadId, service.Kind, service.Name, service.Vcpu, service.MemoryGib, service.Architecture, service.LaunchType, service.DesiredCount, service.PurchaseOption));
    }

    [Fact]
    public async Task CollectAsync_WithMostlyFargateSpotStrategy_MarksTheServiceSpot()
    {
        _ecs.Services.Add(new FakeEcsService("prod", "batch", "worker:7", CapacityProviders: [("FARGATE_SPOT", 3), ("FARGATE", 1)]));

        var service = Assert.Single(await CollectAsync());

        Assert.Equal(("FARGATE", "spot", 2.0, 4.0), (service.LaunchType, service.PurchaseOption, service.Vcpu, service.MemoryGib));
    }

    [Fact]
    public async Task CollectAsync_With25ServicesOnSmallPages_PagesListsAndDescribesTenAtATime()
    {
        _ecs.PageLimit = 10;
        _ecs.Services.AddRange(Enumerable.Range(1, 25).Select(i => new FakeEcsService(i <= 20 ? "prod" : "dev", $"svc-{i:00}", i % 2 == 0 ? "web:3" : "worker:7")));

        var services = await CollectAsync();

        // prod: 20 services = 2 list pages, 2 describe calls; dev: 5 services = 1 page, 1 call; task definitions: 2 distinct.
        Assert.Equal((25, 1, 3, 3, 2), (services.Count, _server.Calls("ListClusters"), _server.Calls("ListServices"), _server.Calls("DescribeServices"), _server.Calls("DescribeTaskDefinition")));
    }

    [Fact]
    public async Task CollectAsync_WithNoClusters_ReturnsNothingAfterOneCall()
    {
        var services = await CollectAsync();

        Assert.Equal((0, 1), (services.Count, _server.Calls("ListClusters")));
    }

    private Task<IReadOnlyList<Workload>> CollectAsync() =>
        new EcsInventoryCollector(FakeAwsClient.Options(_server)).CollectAsync("111111111111", "us-east-1", CancellationToken.None);
}
