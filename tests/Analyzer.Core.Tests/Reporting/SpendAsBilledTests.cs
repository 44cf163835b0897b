using Analyzer.Core.Reporting;

namespace Analyzer.Core.Tests.Reporting;

public class SpendAsBilledTests
{
    [Fact]
    public void From_HandComputed_GivesBilledSpendAndTheEffectiveSavingsRateBeforeAndAfter()
    {
        // On demand 1000; the held plans save 50 on the bill: billed 950, ESR 1 - 950 / 1000 = 5%.
        // Recommendations save 200 on demand: 800; held plans save 40 on that fleet and the new plan 100: 660,
        // ESR 1 - 660 / 800 = 17.5%; 950 - 660 = 290 less than the bill, 1000 - 660 = 340 less than on demand.
        var billed = SpendAsBilled.From(1000m, 50m, 200m, 40m, 100m);

        Assert.Equal((1000m, 950m, 5.0m), (billed.OnDemandToday, billed.BilledToday, billed.EffectiveSavingsRateToday));
        Assert.Equal((800m, 660m, 17.5m), (billed.OnDemandAfter, billed.SpendAfter, billed.EffectiveSavingsRateAfter));
        Assert.Equal((290m, 340m), (billed.SavingsVsBilled, billed.SavingsVsOnDemand));
    }
}
