using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Rules;

public class CurrentCostEstimatorTests
{
    private static readonly int[] Running = [2, 2, 3, 5];

    [Fact]
    public void Estimate_GroupWithABill_PricesTheSameModelAsItsOptionsAndKeepsTheBillBeside()
    {
        // 2, 2, 3, 5 m5.large over four hours = 3 on average: 3 x 730 x 0.096 = 210.24; the bill says 250.
        var start = new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);
        var profile = TestWorkloads.Steady(2, 40, 30, 4) with
        {
            Hours = [.. Running.Select((n, i) => new DemandHour(start.AddHours(i), 0.8, 0.6, n, true))],
        };

        var cost = CurrentCostEstimator.Estimate(TestWorkloads.Asg("m5.large", 2, 8, 3), profile, TestPrices.Book, 250m);

        Assert.Equal(210.24m, cost.MonthlyUsd);
        Assert.Equal(250m, cost.BilledMonthlyUsd);
        Assert.Equal("2-5 (avg 3.0)", cost.Series.Units.ToString());
    }
}
