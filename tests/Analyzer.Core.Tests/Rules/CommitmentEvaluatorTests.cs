using Analyzer.Core.Options;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Rules;

public sealed class CommitmentEvaluatorTests
{
    private static readonly WorkloadContext SteadyM5Large =
        TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 60, 40, 4), 0.096m * 730);

    [Fact]
    public void Evaluate_SteadyM5LargeWithComputeRates_PricesEachTermAndPaymentAtItsRate()
    {
        var options = CommitmentEvaluator.Evaluate(SteadyM5Large, "m5.large", 0.096m, TestPrices.Commitments);

        var oneYearNoUpfront = Assert.Single(options, o => o.Option == "savings-plan:compute:1y:no:m5.large");
        Assert.Equal(0.071m * 730, oneYearNoUpfront.MonthlyCost);
        Assert.Equal((0.096m - 0.071m) * 730, oneYearNoUpfront.MonthlySavings);
        Assert.Equal(6, options.Count(o => o.Feasible && o.Family == OptionFamily.SavingsPlan));
    }

    [Fact]
    public void Evaluate_NoEc2InstanceSavingsPlanRates_MarksThePlanRatesNotLoaded()
    {
        var options = CommitmentEvaluator.Evaluate(SteadyM5Large, "m5.large", 0.096m, TestPrices.Commitments);

        var missing = Assert.Single(options, o => o.Option == "savings-plan:ec2instance:m5.large");
        Assert.False(missing.Feasible);
        Assert.Null(missing.MonthlyCost);
        Assert.Contains("rates not loaded, run `analyzer prices refresh --region us-east-1`", missing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RegionWithoutAnyRate_MarksBothSavingsPlansRatesNotLoadedAndPricesNothing()
    {
        var options = CommitmentEvaluator.Evaluate(SteadyM5Large, "m5.large", 0.096m, []);

        Assert.Equal(2, options.Count);
        Assert.All(options, o => Assert.False(o.Feasible));
        Assert.Contains(options, o => o.Reason!.StartsWith("no Compute Savings Plans rate for m5.large", StringComparison.Ordinal));
    }
}
