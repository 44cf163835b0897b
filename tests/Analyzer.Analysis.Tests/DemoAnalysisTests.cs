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
}
