using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Time;

namespace Analyzer.Core.Tests.SavingsPlans;

public class HeldReservedInstanceTests
{
    private const string M5Large = "us-east-1/m5.large";
    private const string M5XLarge = "us-east-1/m5.xlarge";

    private static readonly DateTime Start = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<SpendItem>[] Hours(int count, params (string Key, decimal Usd)[] items) =>
        [.. Enumerable.Range(0, count).Select(_ => (IReadOnlyList<SpendItem>)[.. items.Select(i => new SpendItem(i.Key, i.Usd))])];

    private static HeldCommitments Held(params HeldReservedInstance[] ris) =>
        HeldCommitments.From([], new Period(Start, Start.AddHours(4)), null) with { ReservedInstances = ris };

    [Fact]
    public void AfterReserved_SizeFlexibleRi_CoversItsFamilyInItsRegionByOnDemandValue()
    {
        // 2 x m5.xlarge RIs ($0.192/h on demand each) cover $0.384/h of m5 usage of any size in us-east-1: the fleet's
        // 6 x m5.large ($0.576/h) keeps $0.192/h (2 x m5.large) uncovered. eu-west-1 m5 and us-east-1 c5 are not its.
        var ri = new HeldReservedInstance("111111111111", "ri-1", "us-east-1", "m5.xlarge", 2, 0.192m, Start.AddDays(-10), Start.AddDays(300));
        var hours = Hours(4, (M5Large, 0.576m), ("eu-west-1/m5.large", 0.107m), ("us-east-1/c5.large", 0.085m));

        var left = FleetCommitmentPlanner.AfterReserved(hours, Held(ri));

        Assert.All(left, h => Assert.Equal([0.192m, 0.107m, 0.085m], h.Select(i => i.OnDemandUsd)));
    }

    [Fact]
    public void AfterReserved_RiEndingInsideTheWindow_StopsCoveringAtItsEnd()
    {
        // 1 x m5.xlarge ($0.192/h) ending after hour 2 of 4: hours 0-1 have 0.192 - 0.192 = 0 of m5.xlarge left, hours 2-3 all of it.
        var ri = new HeldReservedInstance("111111111111", "ri-2", "us-east-1", "m5.xlarge", 1, 0.192m, Start.AddDays(-10), Start.AddHours(2));

        var left = FleetCommitmentPlanner.AfterReserved(Hours(4, (M5XLarge, 0.192m)), Held(ri));

        Assert.Equal([0m, 0m, 0.192m, 0.192m], left.Select(h => h.Single().OnDemandUsd));
    }

    [Fact]
    public void Plan_RisHeld_TheSavingsPlanIsSizedOnWhatTheyLeave()
    {
        // 6 x m5.large ($0.576/h) flat; 2 x m5.xlarge RIs held cover $0.384/h; a Compute plan at ratio 0.7 covers the
        // $0.192/h left with $0.1344/h, saving 0.0576 x 730 = 42.048/month (without the RIs: $0.4032/h saving 126.144).
        var ri = new HeldReservedInstance("111111111111", "ri-1", "us-east-1", "m5.xlarge", 2, 0.192m, null, null);
        var offer = new SavingsPlanOffer("compute", 1, "no", new Dictionary<string, decimal> { [M5Large] = 0.7m });

        var plan = FleetCommitmentPlanner.Plan(Hours(4, (M5Large, 0.576m)), [offer], Held(ri), 10);

        var result = Assert.Single(plan.Results);
        Assert.Equal((0.1344m, 42.048m), (Math.Round(result.AdditionalCommitment, 6), Math.Round(result.AdditionalMonthlySavings, 3)));
    }

    [Fact]
    public void AfterReserved_RegionalM5Ri_CoversM5LargeUsageHourByHourByNormalizationFactor()
    {
        // 1 x m5.xlarge RI (factor 8) covers 8 normalized units an hour: 2 x m5.large (factor 4 each). The fleet runs
        // 3, 1, 0 and 5 m5.large ($0.096 each) in hours 0-3: covered min(n, 2) -> 2, 1, 0, 2; left (n - covered) x 0.096
        // = 0.096, 0, 0, 0.288. In hour 1 half the RI is idle and lost, in hour 2 all of it.
        var ri = new HeldReservedInstance("111111111111", "ri-m5", "us-east-1", "m5.xlarge", 1, 0.192m, null, null)
        {
            FamilyRates = new Dictionary<string, decimal> { ["m5.large"] = 0.096m, ["m5.xlarge"] = 0.192m },
        };
        int[] running = [3, 1, 0, 5];
        IReadOnlyList<SpendItem>[] hours = [.. running.Select(n => (IReadOnlyList<SpendItem>)[new SpendItem(M5Large, n * 0.096m)])];

        var left = FleetCommitmentPlanner.AfterReserved(hours, Held(ri));
        var covered = FleetCommitmentPlanner.ReservedCovered(hours, Held(ri));

        Assert.Equal([0.096m, 0m, 0m, 0.288m], left.Select(h => h.Single().OnDemandUsd));
        // 0.192 + 0.096 + 0 + 0.192 = 0.48 of on-demand spend covered over the 4 hours.
        Assert.Equal(0.48m, covered["ri-m5"]);
    }

    [Fact]
    public void AfterReserved_SizesNotPricedInProportion_CoversInstancesByFactorNotDollars()
    {
        // A made-up family where m5.large costs $0.10 (not half of m5.xlarge's $0.192): the RI still covers 2 x m5.large
        // (8 units), which is $0.20 of their on-demand spend. A dollar of m5.large takes 4 x 0.192 / (8 x 0.10) = 0.96 RI
        // dollars: 0.192 / 0.96 = 0.2 covered of the 0.30 (3 x m5.large) run, 0.10 left.
        var ri = new HeldReservedInstance("111111111111", "ri-m5", "us-east-1", "m5.xlarge", 1, 0.192m, null, null)
        {
            FamilyRates = new Dictionary<string, decimal> { ["m5.large"] = 0.10m, ["m5.xlarge"] = 0.192m },
        };

        var left = FleetCommitmentPlanner.AfterReserved(Hours(1, (M5Large, 0.30m)), Held(ri));

        Assert.Equal(0.10m, left.Single().Single().OnDemandUsd);
    }

    [Fact]
    public void AfterReserved_SizeFlexibleRiOverSeveralSizes_CoversTheSmallestSizeFirst()
    {
        // 1 x m5.xlarge RI: 8 normalized units an hour. The hour runs 1 x m5.2xlarge (16 units, $0.384) and 1 x m5.large
        // (4 units, $0.096). AWS applies the units to the smallest size first: the m5.large takes 4 (covered whole, 0
        // left), the m5.2xlarge the other 4 of its 16: 0.384 x (16 - 4) / 16 = 0.288 left. (In key order "m5.2xlarge"
        // would have taken all 8: 0.192 left of it and the m5.large's 0.096 whole.)
        var ri = new HeldReservedInstance("111111111111", "ri-m5", "us-east-1", "m5.xlarge", 1, 0.192m, null, null)
        {
            FamilyRates = new Dictionary<string, decimal> { ["m5.large"] = 0.096m, ["m5.xlarge"] = 0.192m, ["m5.2xlarge"] = 0.384m },
        };

        var left = FleetCommitmentPlanner.AfterReserved(Hours(1, ("us-east-1/m5.2xlarge", 0.384m), (M5Large, 0.096m)), Held(ri));

        Assert.Equal([0.288m, 0m], left.Single().Select(i => i.OnDemandUsd));
    }

    [Fact]
    public void AfterReserved_SizeFlexibleRiOverLargeAndXLarge_FillsTheLargeHoursBeforeTheXLarge()
    {
        // 1 x m5.xlarge RI (8 units) over 3 x m5.large (12 units, $0.288) and 2 x m5.xlarge (16 units, $0.384) in one hour:
        // the large take 8 of their 12 units (2 of the 3 instances: 0.288 x 4 / 12 = 0.096 left), the xlarge none (0.384 left).
        var ri = new HeldReservedInstance("111111111111", "ri-m5", "us-east-1", "m5.xlarge", 1, 0.192m, null, null)
        {
            FamilyRates = new Dictionary<string, decimal> { ["m5.large"] = 0.096m, ["m5.xlarge"] = 0.192m },
        };

        var left = FleetCommitmentPlanner.AfterReserved(Hours(1, (M5XLarge, 0.384m), (M5Large, 0.288m)), Held(ri));

        Assert.Equal([0.384m, 0.096m], left.Single().Select(i => i.OnDemandUsd));
    }

    [Fact]
    public void AfterReserved_ZonalRi_CoversItsOwnTypeOnly()
    {
        // 2 x m5.xlarge zonal: $0.384/h of m5.xlarge only. The fleet's m5.large ($0.576) stays whole; its m5.xlarge
        // ($0.192, one instance) is covered and the other $0.192 of the RI is lost.
        var ri = new HeldReservedInstance("111111111111", "ri-z", "us-east-1", "m5.xlarge", 2, 0.192m, null, null) { SizeFlexible = false };

        var left = FleetCommitmentPlanner.AfterReserved(Hours(2, (M5Large, 0.576m), (M5XLarge, 0.192m)), Held(ri));

        Assert.All(left, h => Assert.Equal([0.576m, 0m], h.Select(i => i.OnDemandUsd)));
    }

    [Fact]
    public void AdviseRecommended_RegionalM5RiHeld_ThePortfolioBuysTwoM5LargeRisLess()
    {
        // 10 x m5.large ($0.096 each, $0.96/h) run every hour of a day. Standard RIs at 0.6 of on demand ($0.0576 each).
        // Nothing held: 10 RIs, 10 x 0.0576 = $0.576/h, saving (0.96 - 0.576) x 730 = $280.32/month.
        // 1 x m5.xlarge RI held (factor 8 = 2 x m5.large): it covers $0.192/h, leaving 8 x m5.large; the portfolio buys 8,
        // 8 x 0.0576 = $0.4608/h, saving (0.768 - 0.4608) x 730 = $224.256/month.
        var spend = new FleetSpend(Hours(24, (M5Large, 0.96m)), new Dictionary<string, (string Key, decimal MonthlyUsd)>(StringComparer.Ordinal));
        var reserved = new ReservedInstanceOffer(1, "no",
            new Dictionary<string, decimal> { [M5Large] = 0.6m }, new Dictionary<string, decimal> { [M5Large] = 0.0576m }, true);
        var ri = new HeldReservedInstance("111111111111", "ri-m5", "us-east-1", "m5.xlarge", 1, 0.192m, null, null)
        {
            FamilyRates = new Dictionary<string, decimal> { ["m5.large"] = 0.096m, ["m5.xlarge"] = 0.192m },
        };
        var window = new Period(Start, Start.AddHours(24));

        var without = CommitmentAdvisor.AdviseRecommended(spend, [], HeldCommitments.From([], window, null), 10, 0m, [reserved]).Portfolio!.Layers.Single();
        var with = CommitmentAdvisor.AdviseRecommended(spend, [], HeldCommitments.From([], window, null) with { ReservedInstances = [ri] }, 10, 0m, [reserved]).Portfolio!.Layers.Single();

        Assert.Equal(((int?)10, 0.576m, 280.32m), (without.InstanceCount, Math.Round(without.HourlyCommitment, 6), Math.Round(without.MonthlyNetSavings, 3)));
        Assert.Equal(((int?)8, 0.4608m, 224.256m), (with.InstanceCount, Math.Round(with.HourlyCommitment, 6), Math.Round(with.MonthlyNetSavings, 3)));
    }
}
