using Analyzer.Core.Lightsail;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.Rules;

public class LightsailEvaluatorTests
{
    // m5.large on demand in us-east-1: 0.096 x 730 = 70.08 a month.
    private const decimal M5Large = 70.08m;

    // t3.medium on demand: 0.0416 x 730 = 30.368 a month.
    private const decimal T3Medium = 30.368m;

    private static readonly AnalysisSettings Settings = new();

    [Fact]
    public void Evaluate_SmallSteadyInstance_PricesTheCheapestBundleThatFitsAtItsMonthlyPrice()
    {
        // m5.large (2 vCPU, 8 GiB) peaks at 25% = 0.5 vCPU (x 1.2 = 0.6 needed), averages 10% = 0.2 vCPU, memory 2.5 x 1.2 = 3 GiB.
        // Nano (0.5 GB) and Micro (1 GB) and Small (2 GB) lack memory; Medium-4GB: 2 vCPU >= 0.6, baseline 20% x 2 = 0.4 >= 0.2,
        // 4 GB >= 3, at 24.00 a month: saves 70.08 - 24 = 46.08, and 30.368 - 24 = 6.368 beyond t3.medium (>= max(1, 1% of 30.368)).
        var option = Evaluate(Steady(meanPct: 10, memoryMax: 2.5), Rightsized(T3Medium))!;

        Assert.True(option.Feasible, option.Reason);
        Assert.Equal(("lightsail:Medium-4GB", 24m, 46.08m), (option.Option, option.MonthlyCost, option.MonthlySavings));
        Assert.Equal((null, 2d, 4d, "lightsail", 730d), (option.Target!.InstanceType, option.Target.Vcpu, option.Target.MemoryGib, option.Target.Capacity, option.Target.MonthlyHours));
        Assert.Contains("6.37 USD a month below ec2-rightsized:t3.medium (30.37 USD)", option.Reason, StringComparison.Ordinal);
        Assert.Contains("no Auto Scaling", option.Reason, StringComparison.Ordinal);
        Assert.Contains("limited AWS integration", option.Reason, StringComparison.Ordinal);
        Assert.Equal((Risk.Medium, Effort.Medium), (option.Risk, option.Effort));
    }

    [Fact]
    public void Evaluate_AGravitonInstance_IsAHighEffortMoveBackToX86()
    {
        // m6g.large (arm64), same demand: Medium-4GB at 24.00, but its software must run on x86_64 again.
        var graviton = TestWorkloads.Ec2("m6g.large", 2, 8, arch: "arm64");

        var option = LightsailEvaluator.Evaluate(TestWorkloads.Context(graviton, Steady(meanPct: 10, memoryMax: 2.5), 56.21m), LightsailCatalog.Bundles, [], Settings)!;

        Assert.Equal(("lightsail:Medium-4GB", Effort.High), (option.Option, option.Effort));
        Assert.Contains("moves from arm64 (Graviton) to x86_64", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithoutAMemoryMetric_KeepsTodaysMemory()
    {
        // 8 GiB as today: Large-8GB (2 vCPU, 30% x 2 = 0.6 sustained covers 0.2) at 44.00: 70.08 - 44 = 26.08.
        var option = Evaluate(Steady(meanPct: 10, memoryMax: null), [])!;

        Assert.Equal(("lightsail:Large-8GB", 26.08m), (option.Option, option.MonthlySavings));
        Assert.Contains("no memory metric", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WhenStayingOnEc2IsWithinTheMinimum_KeepsThePriceButIsNotACandidate()
    {
        // t4g.medium at 0.0336 x 730 = 24.528: Medium-4GB at 24.00 saves 0.528, under the 1.00 USD minimum.
        var graviton = OptionResult.Priced("graviton:t4g.medium", OptionFamily.Graviton, 24.528m, M5Large, Risk.Low, Effort.Medium, Confidence.High, null);

        var option = Evaluate(Steady(meanPct: 10, memoryMax: 2.5), [graviton])!;

        Assert.False(option.Feasible);
        Assert.Equal(24m, option.MonthlyCost);
        Assert.Contains("saves 0.53 USD a month beyond graviton:t4g.medium (24.53 USD), under the 1.00 USD minimum", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WhenACommitmentOnTheEc2ChoiceIsCheaper_IsNotACandidate()
    {
        // t3.medium on demand at 30.368 would lose to Medium-4GB at 24.00, but a 3-year Reserved Instance on it at
        // 0.026 x 730 = 18.98 is cheaper still: always-on servers are where commitments pay, so the bundle must beat that.
        var reserved = OptionResult.Priced("reserved-instance:standard:3y:no:t3.medium", OptionFamily.ReservedInstance, 18.98m, M5Large, Risk.Medium, Effort.VeryLow, Confidence.High, null);

        var option = Evaluate(Steady(meanPct: 10, memoryMax: 2.5), [.. Rightsized(T3Medium), reserved])!;

        Assert.False(option.Feasible);
        Assert.Contains("costs 5.02 USD a month more than reserved-instance:standard:3y:no:t3.medium (18.98 USD)", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SustainedCpuAboveEverySmallBaseline_NeedsABundleDearerThanToday()
    {
        // 45% of 2 = 0.9 vCPU sustained: 2-vCPU bundles sustain at most 30% x 2 = 0.6; Xlarge-16GB (40% of 4 = 1.6) at 84.00
        // costs more than today's 70.08, so it is not a candidate against "current".
        var current = OptionResult.Priced("current", OptionFamily.Current, M5Large, M5Large, Risk.VeryLow, Effort.VeryLow, Confidence.High, null);

        var option = Evaluate(Steady(meanPct: 45, peakPct: 50, memoryMax: 2.5), [current])!;

        Assert.False(option.Feasible);
        Assert.Equal(84m, option.MonthlyCost);
        Assert.StartsWith("bundle Xlarge-16GB", option.Reason, StringComparison.Ordinal);
        Assert.Contains("costs 13.92 USD a month more than current (70.08 USD)", option.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eu-west-1", "Flat", 336, "not offered in eu-west-1")]
    [InlineData("us-east-1", "BusinessHours", 336, "busy in business hours only")]
    [InlineData("us-east-1", "Idle", 336, "this instance is idle")]
    [InlineData("us-east-1", "Flat", 269, "ran 80.1% of the window's hours")]
    public void Evaluate_OutsideTheCatalogsRegionOrNotSteady_IsNotOfferedWithTheReason(string region, string shape, int hours, string reason)
    {
        var workload = TestWorkloads.Ec2("m5.large", 2, 8) with { Region = region };
        var profile = Steady(meanPct: 10, memoryMax: 2.5, hours: hours) with { Shape = Enum.Parse<DemandShape>(shape) };

        var option = LightsailEvaluator.Evaluate(TestWorkloads.Context(workload, profile, M5Large), LightsailCatalog.Bundles, [], Settings)!;

        Assert.False(option.Feasible);
        Assert.Null(option.MonthlyCost);
        Assert.Contains(reason, option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ManagedOrWindowsInstance_IsNotOfferedWithTheReason()
    {
        var node = TestWorkloads.Ec2("m5.large", 2, 8, tags: new Dictionary<string, string> { ["karpenter.sh/nodepool"] = "general" });
        var windows = TestWorkloads.Ec2("m5.large", 2, 8) with { Platform = Ec2Platforms.Windows };

        var managed = LightsailEvaluator.Evaluate(TestWorkloads.Context(node, Steady(10, 2.5), M5Large), LightsailCatalog.Bundles, [], Settings)!;
        var platform = LightsailEvaluator.Evaluate(TestWorkloads.Context(windows, Steady(10, 2.5), M5Large), LightsailCatalog.Bundles, [], Settings)!;

        Assert.StartsWith("managed by Karpenter", managed.Reason, StringComparison.Ordinal);
        Assert.StartsWith("runs Windows", platform.Reason, StringComparison.Ordinal);
        Assert.False(managed.Feasible || platform.Feasible);
    }

    [Fact]
    public void Evaluate_AFleet_HasNoLightsailOption()
    {
        var fleet = TestWorkloads.Asg("m5.large", 2, 8, 3);

        Assert.Null(LightsailEvaluator.Evaluate(TestWorkloads.Context(fleet, Steady(10, 2.5), 3 * M5Large), LightsailCatalog.Bundles, [], Settings));
    }

    [Fact]
    public void WorkloadEvaluator_SmallSteadyServerWhereLightsailIsCheapest_RecommendsTheBundle()
    {
        // m5.large at 5% mean, 10% peak (0.2 vCPU x 1.2 = 0.24 needed, 0.1 sustained), 0.4 GiB max (x 1.2 = 0.48):
        // Nano-0.5GB (5% of 2 = 0.1 sustained, 0.5 GB) at 5.00 a month. The cheapest option that stays on EC2 and fits the
        // balanced appetite is t3.micro (baseline 10% x 2 = 0.2 covers 0.1; 1 GiB) at 0.0104 x 730 = 7.592: 2.592 beyond it.
        var evaluation = WorkloadEvaluator.Evaluate(TestWorkloads.Ec2("m5.large", 2, 8), Steady(meanPct: 5, peakPct: 10, memoryMax: 0.4), TestPrices.Book, Settings);

        Assert.Equal(("lightsail:Nano-0.5GB", 5m, 65.08m), (evaluation.Recommendation.Chosen.Option, evaluation.Recommendation.Chosen.MonthlyCost, evaluation.Recommendation.Chosen.MonthlySavings));
        Assert.Null(evaluation.Recommendation.Commitment);
        Assert.Contains("2.59 USD a month below ec2-rightsized:t3.micro (7.59 USD)", evaluation.Recommendation.Chosen.Reason, StringComparison.Ordinal);
    }

    private static OptionResult? Evaluate(DemandProfile profile, IReadOnlyList<OptionResult> alternatives) =>
        LightsailEvaluator.Evaluate(TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), profile, M5Large), LightsailCatalog.Bundles, alternatives, Settings);

    private static DemandProfile Steady(double meanPct, double? memoryMax, double peakPct = 25, int hours = 336) =>
        TestWorkloads.Steady(2, peakPct, meanPct, memoryMax, hours);

    private static OptionResult[] Rightsized(decimal monthly) =>
        [OptionResult.Priced("ec2-rightsized:t3.medium", OptionFamily.Ec2Rightsized, monthly, M5Large, Risk.Medium, Effort.Low, Confidence.High, null)];
}
