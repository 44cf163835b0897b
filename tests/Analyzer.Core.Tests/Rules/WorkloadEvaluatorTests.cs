using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class WorkloadEvaluatorTests
{
    [Fact]
    public void Evaluate_IdleInstance_RecommendsStop()
    {
        var evaluation = WorkloadEvaluator.Evaluate(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 0.8, 0.3, 1), TestPrices.Book, new AnalysisSettings());

        Assert.Equal(OptionFamily.Stop, evaluation.Recommendation.Chosen.Family);
        Assert.Equal(70.08m, evaluation.Recommendation.Chosen.MonthlySavings);
    }

    [Fact]
    public void Evaluate_IntolerantInstanceUnderAggressiveAppetite_NeverGetsSpot()
    {
        var evaluation = WorkloadEvaluator.Evaluate(TestWorkloads.Ec2("m5.2xlarge", 8, 32), TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings { RiskAppetite = RiskAppetite.Aggressive });

        Assert.DoesNotContain(evaluation.Options, o => o.Feasible && o.Family is OptionFamily.Ec2Spot or OptionFamily.FargateSpot);
        Assert.NotEqual(OptionFamily.Ec2Spot, evaluation.Recommendation.Chosen.Family);
    }

    [Fact]
    public void Evaluate_TaggedInterruptible_GetsSpotOnTheRightsizedType()
    {
        var tags = new Dictionary<string, string> { ["analyzer:interruptible"] = "true" };

        var evaluation = WorkloadEvaluator.Evaluate(TestWorkloads.Ec2("m5.2xlarge", 8, 32, tags: tags), TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings());

        var spot = Assert.Single(evaluation.Options, o => o.Family == OptionFamily.Ec2Spot);
        Assert.Equal("ec2-spot:t3.large", spot.Option);
        Assert.Equal(0.0409m * 730, spot.MonthlyCost);
    }

    [Fact]
    public void Evaluate_SteadyM52xlarge_BalancedPicksGravitonAndStacksASavingsPlanWhereRatesExist()
    {
        var evaluation = WorkloadEvaluator.Evaluate(TestWorkloads.Ec2("m5.2xlarge", 8, 32), TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings());

        // Rightsized t3.large 60.736, Graviton m7g.medium 29.784 (medium effort, allowed when balanced).
        Assert.Equal("graviton:m7g.medium", evaluation.Recommendation.Chosen.Option);
        Assert.Equal(250.536m, evaluation.Recommendation.Chosen.MonthlySavings);
    }

    [Fact]
    public void Evaluate_SteadyM5Large_StacksCheapestLowRiskCommitment()
    {
        // m5.large at 60% peak already fits; conservative: no move, so commitments on m5.large; 1-year all upfront 0.066 x 730.
        var settings = new AnalysisSettings { RiskAppetite = RiskAppetite.Conservative };

        var evaluation = WorkloadEvaluator.Evaluate(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 60, 40, 5), TestPrices.Book, settings);

        Assert.Equal("current", evaluation.Recommendation.Chosen.Option);
        Assert.Equal("savings-plan:compute:1y:all:m5.large", evaluation.Recommendation.Commitment!.Option);
        Assert.Equal(48.18m, evaluation.Recommendation.Commitment.MonthlyCost);
    }

    [Fact]
    public void Evaluate_NoPriceForType_GivesStatedReason()
    {
        var evaluation = WorkloadEvaluator.Evaluate(TestWorkloads.Ec2("x9.huge", 8, 32), TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings());

        Assert.Equal("no recommendation: current cost unknown (no price for x9.huge in us-east-1)", evaluation.Recommendation.Reason);
    }

    [Fact]
    public void Evaluate_ExistingFunction_PricesCurrentAndArm()
    {
        var profile = TestWorkloads.Steady(0.29, 0, 0, null) with { CpuMaxPercent = null, MonthlyInvocations = 3_000_000, DurationAverageMs = 120 };

        var evaluation = WorkloadEvaluator.Evaluate(TestWorkloads.Function(512), profile, TestPrices.Book, new AnalysisSettings());

        Assert.Equal(3.600006m, evaluation.Options.Single(o => o.Family == OptionFamily.Current).MonthlyCost);
        Assert.Equal("graviton:lambda-arm64", evaluation.Recommendation.Chosen.Option);
    }
}
