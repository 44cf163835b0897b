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
}
