using Analyzer.Core.Options;

namespace Analyzer.Analysis.Tests;

/// <summary>The engine over the built-in demo organisation with the shipped price catalog.</summary>
public sealed class DemoAnalysisTests(DemoRun demo) : IClassFixture<DemoRun>
{
    [Fact]
    public void Run_DemoData_WindowEndsWhereTheDataEnds()
    {
        Assert.Equal(DemoRun.WindowEnd, demo.Run.Window.End);
    }

    [Fact]
    public void Run_DemoData_EveryWorkloadGetsARecommendationOrAStatedReason()
    {
        Assert.Equal(demo.Workloads, demo.Run.Evaluations.Count);
        Assert.All(demo.Run.Evaluations, e => Assert.False(string.IsNullOrWhiteSpace(e.Recommendation.Reason), e.WorkloadId));
    }

    [Fact]
    public void Run_DemoData_EveryWorkloadHasACurrentCost()
    {
        var unpriced = demo.Run.Evaluations
            .Where(e => e.Options.Single(o => o.Family == OptionFamily.Current).MonthlyCost is null)
            .Select(e => $"{e.WorkloadId}: {e.Recommendation.Reason}");

        Assert.Empty(unpriced);
    }

    [Fact]
    public void Run_DemoData_RecommendsChangesAndASavingsPlan()
    {
        Assert.Contains(demo.Run.Evaluations, e => e.Recommendation.Chosen.Family != OptionFamily.Current);
        Assert.Contains(demo.Run.SavingsPlans, p => p.Optimum.HourlyCommitment > 0);
    }

    [Fact]
    public void Run_DemoData_UnderProvisionedAreADeliberateMinority()
    {
        // Compute Optimizer's defaults (p99.5 + 20%): the demo's fleet runs mostly under its size, as real fleets do.
        var fixes = demo.Run.Evaluations.Count(e => e.Recommendation.Chosen.FixesUnderProvisioning);

        Assert.InRange(fixes, demo.Workloads * 5 / 100, demo.Workloads * 10 / 100);
    }

    [Fact]
    public void Run_DemoData_ResizesSomeFleetsByUnitCount()
    {
        var resized = demo.Run.Evaluations
            .Where(e => e.WorkloadId.Contains(":autoScalingGroup:", StringComparison.Ordinal) || e.WorkloadId.Contains(":service/", StringComparison.Ordinal))
            .Select(e => e.Recommendation.Chosen)
            .Where(c => c.Family != OptionFamily.Current && c.Reason is { } r && r.Contains(" → ", StringComparison.Ordinal));

        Assert.Contains(resized, c => c.Reason!.Contains("instances of", StringComparison.Ordinal) || c.Reason.Contains(" × ", StringComparison.Ordinal));
    }
}
