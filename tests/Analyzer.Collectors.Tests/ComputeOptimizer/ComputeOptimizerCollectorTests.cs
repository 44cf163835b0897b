using Analyzer.Collectors.ComputeOptimizer;
using Analyzer.Core.Collection;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.ComputeOptimizer;

public sealed class ComputeOptimizerCollectorTests : IDisposable
{
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

    private Task<IReadOnlyList<Ec2Recommendation>?> CollectAsync() =>
        new ComputeOptimizerCollector(FakeAwsClient.Options(_server)).CollectAsync("111111111111", "us-east-1", CancellationToken.None);
}
