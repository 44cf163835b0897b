using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class FleetUsageRuleTests
{
    // 10,000,000 invocations a month of 120 ms at 512 MB on x86_64 (us-east-1): 10,000,000 x 0.12 s x 0.5 GB = 600,000
    // GB-s x $0.0000166667 = $10.00002 of duration, and 10 x $0.20 = $2 of requests: $12.00002 in all.
    private const decimal Total = 12.00002m;

    private static readonly OptionTarget LambdaTarget = new(null, "x86_64", 512 / 1769.0, 0.5, 512, "on-demand", 0, UnitCount.Fixed(1));

    private static DemandProfile Invoked(double? invocations) => new() { WorkloadId = "f", HoursInWindow = 336, HoursObserved = 336, MonthlyInvocations = invocations };

    private static OptionResult Current(decimal cost) => OptionResult.Priced("current", OptionFamily.Current, cost, cost, Risk.VeryLow, Effort.VeryLow, Confidence.High, LambdaTarget);

    [Fact]
    public void For_LambdaFunction_SeriesHoldsTheDurationChargesAndLeavesRequestsOnDemand()
    {
        Assert.Equal(Total, LambdaCostCalculator.Monthly(10_000_000m, 120m, 512, TestPrices.LambdaX86).TotalUsd);

        var usage = FleetUsageRule.For(TestWorkloads.Function(512), Current(Total), TestPrices.Book, Invoked(10_000_000))!;

        // $12.00002 - $2 of requests = $10.00002 a month, 1 unit: 10.00002 / 730 an hour.
        Assert.Equal(("us-east-1/lambda:x86_64", 10.00002m), (usage.Key, Math.Round(usage.UsdPerUnitHour * 730m, 10)));
    }

    [Fact]
    public void For_LambdaFunctionWithoutInvocations_TakesTheWholeCostAsDuration()
    {
        var usage = FleetUsageRule.For(TestWorkloads.Function(512), Current(Total), TestPrices.Book, Invoked(null))!;

        Assert.Equal(Total, Math.Round(usage.UsdPerUnitHour * 730m, 10));
    }

    [Fact]
    public void For_LambdaFunctionOfRequestsOnly_IsNotCoverable()
    {
        // 1,000,000 invocations whose whole cost is the $0.20 of requests: no duration for a plan to cover.
        Assert.Null(FleetUsageRule.For(TestWorkloads.Function(512), Current(0.2m), TestPrices.Book, Invoked(1_000_000)));
    }
}
