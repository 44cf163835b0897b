using Analyzer.Collectors.ComputeOptimizer;
using Analyzer.Core.Collection;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.ComputeOptimizer;

public sealed class ComputeOptimizerCollectorTests : IDisposable
{
    private const string Account = "111111111111";
    private const string Region = "us-east-1";
    private readonly FakeAwsServer _server = new();
    private readonly FakeComputeOptimizer _optimizer;

    public ComputeOptimizerCollectorTests() => _optimizer = FakeComputeOptimizer.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_ForOneInstance_KeepsTheRankOneOption()
    {
        _optimizer.Recommendations.Add(("i-0abc", "m5.2xlarge", "Overprovisioned", "m6g.large", 187.42m));

        var recommendation = Assert.Single((await CollectAsync())!);

        Assert.Equal(("i-0abc", "m5.2xlarge", "Overprovisioned", "m6g.large", 187.42m, 14, "CPUOverprovisioned"),
            (recommendation.InstanceId, recommendation.CurrentInstanceType, recommendation.Finding, recommendation.RecommendedInstanceType,
             recommendation.EstimatedMonthlySavingsUsd, recommendation.LookBackPeriodDays, recommendation.FindingReasons));
    }

    [Fact]
    public async Task CollectAsync_WhenNotEnrolled_ReturnsNullInsteadOfFailing()
    {
        _optimizer.Enrolled = false;

        Assert.Null(await CollectAsync());
    }

    [Fact]
    public async Task CollectAsync_WhenDenied_ThrowsNamingTheAction()
    {
        _server.Fail("GetEC2InstanceRecommendations", FakeFault.AccessDenied);

        var error = await Assert.ThrowsAsync<CollectorException>(CollectAsync);

        Assert.Equal("compute-optimizer:GetEC2InstanceRecommendations", error.MissingIamAction);
    }

    [Fact]
    public async Task CollectAsync_WhenResultsSpanPages_FollowsNextToken()
    {
        _optimizer.PageLimit = 2;
        for (var i = 0; i < 5; i++)
        {
            _optimizer.Recommendations.Add(($"i-{i}", "m5.large", "Optimized", "m5.large", 0m));
        }

        var recommendations = await CollectAsync();

        Assert.Equal((5, 3), (recommendations!.Count, _server.Calls("GetEC2InstanceRecommendations")));
    }

    [Fact]
    public async Task CollectAutoScalingGroupsAsync_ForOneGroup_KeepsTheRankOneOptionAndNamesTheWorkloadAfterTheGroup()
    {
        _optimizer.AutoScalingGroups.Add(("web-asg", "m5.xlarge", 4, "NotOptimized", "m6g.large", 3, 212.5m));

        var group = Assert.Single((await Collector.CollectAutoScalingGroupsAsync(Account, Region, CancellationToken.None))!);

        Assert.Equal(("web-asg", "web-asg", "m5.xlarge", 4, "NotOptimized", "m6g.large", 3, 1.0, 212.5m, 14),
            (group.AsgName, group.WorkloadId, group.CurrentInstanceType, group.CurrentDesiredCapacity, group.Finding,
             group.RecommendedInstanceType, group.RecommendedDesiredCapacity, group.PerformanceRisk, group.EstimatedMonthlySavingsUsd, group.LookBackPeriodDays));
    }

    [Fact]
    public async Task CollectLambdaFunctionsAsync_ForAVersionedArn_KeepsRankOneMemoryAndTheUnqualifiedArnAsWorkloadId()
    {
        _optimizer.LambdaFunctions.Add(("resize-images", 1024, "NotOptimized", ["MemoryOverprovisioned"], 512, 3.25m));

        var function = Assert.Single((await Collector.CollectLambdaFunctionsAsync(Account, Region, CancellationToken.None))!);

        Assert.Equal(("arn:aws:lambda:us-east-1:111111111111:function:resize-images", "resize-images", "$LATEST", 1024, 512, "MemoryOverprovisioned", 3.25m, 14),
            (function.WorkloadId, function.FunctionName, function.FunctionVersion, function.CurrentMemoryMb, function.RecommendedMemoryMb,
             function.FindingReasons, function.EstimatedMonthlySavingsUsd, function.LookBackPeriodDays));
    }

    [Fact]
    public async Task CollectLambdaFunctionsAsync_WhenUnavailable_KeepsTheReasonAndNoRecommendation()
    {
        _optimizer.LambdaFunctions.Add(("big-batch", 3008, "Unavailable", ["Inconclusive"], null, 0m));

        var function = Assert.Single((await Collector.CollectLambdaFunctionsAsync(Account, Region, CancellationToken.None))!);

        Assert.Equal(("Unavailable", "Inconclusive", null, null), (function.Finding, function.FindingReasons, function.RecommendedMemoryMb, function.EstimatedMonthlySavingsUsd));
    }

    [Fact]
    public async Task CollectEcsServicesAsync_ForOneService_KeepsTheFirstOptionAndTheClusterFromTheArn()
    {
        _optimizer.EcsServices.Add(("prod-payments", "checkout-api", "Fargate", 1024, 4096, "Overprovisioned", 512, 2048, 41.7m));

        var service = Assert.Single((await Collector.CollectEcsServicesAsync(Account, Region, CancellationToken.None))!);

        Assert.Equal(("prod-payments", "checkout-api", "Fargate", 1024, 4096, 512, 2048, 41.7m, "CPUOverprovisioned,MemoryOverprovisioned"),
            (service.ClusterName, service.ServiceName, service.LaunchType, service.CurrentCpuUnits, service.CurrentMemoryMb,
             service.RecommendedCpuUnits, service.RecommendedMemoryMb, service.EstimatedMonthlySavingsUsd, service.FindingReasons));
    }

    [Fact]
    public async Task CollectEcsServicesAsync_Always_UsesTheServiceArnAsWorkloadId()
    {
        _optimizer.EcsServices.Add(("prod-payments", "checkout-api", "Fargate", 1024, 4096, "Optimized", 1024, 4096, 0m));

        var service = Assert.Single((await Collector.CollectEcsServicesAsync(Account, Region, CancellationToken.None))!);

        Assert.Equal("arn:aws:ecs:us-east-1:111111111111:service/prod-payments/checkout-api", service.WorkloadId);
    }

    [Theory]
    [InlineData("GetAutoScalingGroupRecommendations")]
    [InlineData("GetLambdaFunctionRecommendations")]
    [InlineData("GetECSServiceRecommendations")]
    public async Task Collect_WhenResultsSpanPages_FollowsNextTokenWithTheFewestCalls(string operation)
    {
        _optimizer.PageLimit = 2;
        for (var i = 0; i < 5; i++)
        {
            _optimizer.AutoScalingGroups.Add(($"asg-{i}", "m5.large", 2, "Optimized", "m5.large", 2, 0m));
            _optimizer.LambdaFunctions.Add(($"fn-{i}", 256, "Optimized", [], 256, 0m));
            _optimizer.EcsServices.Add(("c", $"svc-{i}", "Fargate", 256, 512, "Optimized", 256, 512, 0m));
        }

        var count = operation switch
        {
            "GetAutoScalingGroupRecommendations" => (await Collector.CollectAutoScalingGroupsAsync(Account, Region, CancellationToken.None))!.Count,
            "GetLambdaFunctionRecommendations" => (await Collector.CollectLambdaFunctionsAsync(Account, Region, CancellationToken.None))!.Count,
            _ => (await Collector.CollectEcsServicesAsync(Account, Region, CancellationToken.None))!.Count,
        };

        Assert.Equal((5, 3), (count, _server.Calls(operation)));
    }

    [Fact]
    public async Task CollectLambdaFunctionsAsync_WhenNotEnrolled_ReturnsNull()
    {
        _optimizer.Enrolled = false;

        Assert.Null(await Collector.CollectLambdaFunctionsAsync(Account, Region, CancellationToken.None));
    }

    private ComputeOptimizerCollector Collector => new(FakeAwsClient.Options(_server));

    private Task<IReadOnlyList<Ec2Recommendation>?> CollectAsync() => Collector.CollectAsync(Account, Region, CancellationToken.None);
}
