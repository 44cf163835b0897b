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

    [Fact]
    public void From_ReservedInstancesHeld_CountInTheEsrAndAStrandedOneKeepsItsFeeAfter()
    {
        // On demand 1000, held plans save 50 on the bill (as above). An RI costs 60/month (its fee) and covers 100 of
        // today's on-demand spend: it saves 100 - 60 = 40 today, so billed = 1000 - 40 - 50 = 910, ESR (40 + 50) / 1000 = 9%.
        // The rightsizing (saving 200 on demand) moves that usage off it: on the recommended fleet it covers 0 and still
        // costs 60, so it saves 0 - 60 = -60: spend after = 800 + 60 - 40 - 100 = 720, ESR (-60 + 40 + 100) / 800 = 10%.
        // Against the bill the plan saves 910 - 720 = 190: the 290 without RIs less the 100 of coverage the RI loses
        // (its 60 fee is paid on both sides).
        var billed = SpendAsBilled.From(1000m, 50m, 200m, 40m, 100m, reservedNetToday: 40m, reservedNetAfter: -60m);

        Assert.Equal((910m, 9.0m), (billed.BilledToday, billed.EffectiveSavingsRateToday));
        Assert.Equal((720m, 10.0m), (billed.SpendAfter, billed.EffectiveSavingsRateAfter));
        Assert.Equal((190m, 280m), (billed.SavingsVsBilled, billed.SavingsVsOnDemand));
    }
}
