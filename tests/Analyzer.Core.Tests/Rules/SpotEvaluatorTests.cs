using Analyzer.Core.Options;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Rules;

public class SpotEvaluatorTests
{
    [Fact]
    public void Evaluate_IntolerantWorkload_IsInfeasible()
    {
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 40, 30, 4), 70.08m, tolerant: false);

        var option = SpotEvaluator.Evaluate(context, "m5.large", 0.096m, 0.0434m, 66m, "15-20%");

        Assert.False(option.Feasible);
        Assert.Null(option.MonthlyCost);
    }

    [Fact]
    public void Evaluate_TolerantWithCatalogPrice_PricesAtSpotAndBandIsRisk()
    {
        // 0.0434 x 730 = 31.682.
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 40, 30, 4), 70.08m, tolerant: true);

        var option = SpotEvaluator.Evaluate(context, "m5.large", 0.096m, 0.0434m, 66m, "15-20%");

        Assert.Equal(31.682m, option.MonthlyCost);
        Assert.Equal(38.398m, option.MonthlySavings);
        Assert.Equal(Risk.High, option.Risk);
    }

    [Fact]
    public void Evaluate_NoCatalogPrice_FallsBackToAdvisorWithLowerConfidence()
    {
        // 0.096 x (1 - 0.66) x 730 = 23.8272.
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 40, 30, 4), 70.08m, tolerant: true);

        var option = SpotEvaluator.Evaluate(context, "m5.large", 0.096m, null, 66m, "<5%");

        Assert.Equal(23.8272m, option.MonthlyCost);
        Assert.Equal(Confidence.Medium, option.Confidence);
        Assert.Equal(Risk.Low, option.Risk);
    }

    [Theory]
    [InlineData("<5%", Risk.Low)]
    [InlineData("5-10%", Risk.Medium)]
    [InlineData("10-15%", Risk.Medium)]
    [InlineData("15-20%", Risk.High)]
    [InlineData(">20%", Risk.High)]
    [InlineData(null, Risk.Medium)]
    public void RiskOf_Band_MapsToRisk(string? band, Risk expected)
    {
        Assert.Equal(expected, SpotEvaluator.RiskOf(band));
    }
}
