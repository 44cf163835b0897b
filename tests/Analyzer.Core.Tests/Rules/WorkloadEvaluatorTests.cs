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
        // Diversified over pools like t3.large with at least 3 x 1.2 = 3.6 GiB, calmest band first: c5.large (<5%,
        // 0.0385), r5.large (<5%, 0.061), t3.large (5-10%, 0.0409): (0.0385 + 0.061 + 0.0409) / 3 x 730 = 34.164.
        Assert.Equal("ec2-spot:t3.large", spot.Option);
        Assert.Equal(34.164m, spot.MonthlyCost);
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
        Assert.Equal("graviton:lambda-arm64", evaluation.Options.Single(o => o.Family == OptionFamily.Graviton).Option);
    }

    [Theory]
    [InlineData(1.0, "current")]
    [InlineData(0.5, "graviton:lambda-arm64")]
    public void Evaluate_SavingUnderTheMinimum_KeepsAsIs(double minimumUsd, string expected)
    {
        // 3M calls x 0.12 s x 0.5 GB = 180,000 GB-s: x86 180,000 x 0.0000166667 + 3 x 0.20 = 3.60; arm64
        // 180,000 x 0.0000133334 + 0.60 = 3.00. Saving 0.60 a month is under a 1.00 minimum, over a 0.50 one.
        var profile = TestWorkloads.Steady(0.29, 0, 0, null) with { CpuMaxPercent = null, MonthlyInvocations = 3_000_000, DurationAverageMs = 120 };
        var settings = new AnalysisSettings { MinimumMonthlySavingsUsd = (decimal)minimumUsd };

        var evaluation = WorkloadEvaluator.Evaluate(TestWorkloads.Function(512), profile, TestPrices.Book, settings);

        Assert.Equal(expected, evaluation.Recommendation.Chosen.Option);
        if (expected == "current")
        {
            Assert.StartsWith("keep as is: the best option (graviton:lambda-arm64) saves 0.60 USD a month, under the minimum of 1.00 USD", evaluation.Recommendation.Reason, StringComparison.Ordinal);
        }
    }
}
