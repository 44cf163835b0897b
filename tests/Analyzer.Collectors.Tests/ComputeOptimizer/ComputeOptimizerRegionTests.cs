using Analyzer.Collectors.ComputeOptimizer;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.ComputeOptimizer;

public sealed class ComputeOptimizerRegionTests : IDisposable
{
    private static readonly string[] Operations =
        ["GetEC2InstanceRecommendations", "GetAutoScalingGroupRecommendations", "GetLambdaFunctionRecommendations", "GetECSServiceRecommendations"];

    private readonly FakeAwsServer _server = new();
    private readonly FakeComputeOptimizer _optimizer;

    public ComputeOptimizerRegionTests()
    {
        _optimizer = FakeComputeOptimizer.Serve(_server);
        _optimizer.Recommendations.Add(("i-0abc", "m5.2xlarge", "Overprovisioned", "m5.large", 180m));
        _optimizer.AutoScalingGroups.Add(("web-asg", "m5.xlarge", 4, "Overprovisioned", "m5.large", 4, 200m));
        _optimizer.LambdaFunctions.Add(("fn", 1024, "NotOptimized", ["MemoryOverprovisioned"], 512, 3m));
        _optimizer.EcsServices.Add(("c", "svc", "Fargate", 1024, 4096, "Overprovisioned", 512, 2048, 40m));
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_WhenOnlyLambdaIsDenied_FailsThatOperationAndReadsTheOthers()
    {
        _server.Fail("GetLambdaFunctionRecommendations", FakeFault.AccessDenied);

        var result = await CollectAsync();

        var (source, error) = Assert.Single(result.Failures);
        Assert.Equal(("compute-optimizer-lambda", "compute-optimizer:GetLambdaFunctionRecommendations", 1, 1, 1, true),
            (source, error.MissingIamAction, result.Findings.Ec2!.Count, result.Findings.AutoScalingGroups!.Count, result.Findings.EcsServices!.Count,
             result.Findings.LambdaFunctions is null));
    }

    [Fact]
    public async Task CollectAsync_WhenNotEnrolled_SaysSoOnceAfterOneCallAndFailsNothing()
    {
        _optimizer.Enrolled = false;

        var result = await CollectAsync();

        Assert.Equal((true, 0, 1, 0), (result.NotEnrolled, result.Failures.Count, Operations.Sum(_server.Calls), result.Findings.Count));
    }

    [Fact]
    public async Task CollectAsync_WhenEnrolled_CallsEachOperationOnce()
    {
        var result = await CollectAsync();

        Assert.Equal((false, 4, 4), (result.NotEnrolled, result.Findings.Count, Operations.Count(o => _server.Calls(o) == 1)));
    }

    private Task<ComputeOptimizerRegionResult> CollectAsync() =>
        new ComputeOptimizerRegion(FakeAwsClient.Options(_server)).CollectAsync("111111111111", "us-east-1", CancellationToken.None);
}
