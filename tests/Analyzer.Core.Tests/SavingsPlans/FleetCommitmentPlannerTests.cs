using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class FleetCommitmentPlannerTests
{
    private static readonly DateTime End = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static SavingsPlanOffer Offer(string plan, params (string Key, decimal Ratio)[] ratios) =>
        new(plan, 1, "no", ratios.ToDictionary(r => r.Key, r => r.Ratio, StringComparer.Ordinal));

    private static IReadOnlyList<SpendItem>[] Flat(int hours, params (string Key, decimal Spend)[] items) =>
        [.. Enumerable.Range(0, hours).Select(_ => (IReadOnlyList<SpendItem>)[.. items.Select(i => new SpendItem(i.Key, i.Spend))])];

    private static HeldPlan Plan(string plan, decimal hourly, string? region = null, string? family = null) =>
        new("111111111111", $"arn:{plan}:{hourly}", plan, 1, "no", region, family, hourly, End.AddDays(-100), End.AddDays(265));

    [Fact]
    public void Plan_HeldComputeThreeOfTenAtRatioPointSeven_RecommendsFourMoreSavingTheDifference()
    {
        // Flat $10/h at ratio 0.7: covering it all takes $7/h. Held $3/h covers 3/0.7 = $4.2857/h of usage, saving
        // $1.2857/h; the new commitment is sized on the $5.7143/h left: $4/h more, adding (3 - 1.285714) x 730 = $1,251.43.
        // Its optimum is the new commitment's own (the held plan is not in it; HeldCommitment records it), covering the
        // fleet 100%.
        var held = HeldCommitments.From([Plan("compute", 3m)], End, null);

        var result = FleetCommitmentPlanner.Plan(Flat(24, ("us-east-1/m5.large", 10m)), [Offer("compute", ("us-east-1/m5.large", 0.7m))], held, 10).Results[0];

        Assert.Equal((4m, 3m, 4m, 1251.43m, 100d), (Math.Round(result.Optimum.HourlyCommitment, 6), result.HeldCommitment,
            Math.Round(result.AdditionalCommitment, 6), Math.Round(result.AdditionalMonthlySavings, 2), Math.Round(result.Optimum.CoveragePercent, 6)));
    }

    [Fact]
    public void Plan_HeldEc2InstancePlan_CoversOnlyItsRegionAndFamilyFirst()
    {
        // m5 and c5 at $5/h each. The held EC2 Instance plan ($2/h at ratio 0.6, us-east-1 m5) covers 2/0.6 = $3.3333/h
        // of m5 only; $6.6667/h is left, which a Compute plan at 0.7 covers whole with $4.6667/h, saving 0.3 x 6.6667
        // = $2/h = $1,460/month.
        var held = HeldCommitments.From([Plan("ec2instance", 2m, "us-east-1", "m5")], End, null);
        var offers = new[]
        {
            Offer("compute", ("us-east-1/m5.large", 0.7m), ("us-east-1/c5.large", 0.7m)),
            Offer("ec2instance", ("us-east-1/m5.large", 0.6m), ("us-east-1/c5.large", 0.6m)),
        };

        var result = FleetCommitmentPlanner.Plan(Flat(24, ("us-east-1/m5.large", 5m), ("us-east-1/c5.large", 5m)), offers, held, 10).Results[0];

        Assert.Equal((4.6667m, 1460.00m), (Math.Round(result.AdditionalCommitment, 4), Math.Round(result.AdditionalMonthlySavings, 2)));
    }

    [Fact]
    public void Plan_Ec2InstanceOffer_SeesOnlyWhatTheHeldComputePlanLeaves()
    {
        // Held Compute $3/h at 0.7 covers $4.2857/h of the $10/h; an EC2 Instance plan at 0.6 covers the $5.7143/h left
        // with $3.4286/h, saving 0.4 x 5.714286 x 730 = $1,668.57/month.
        var held = HeldCommitments.From([Plan("compute", 3m)], End, null);
        var offers = new[] { Offer("compute", ("us-east-1/m5.large", 0.7m)), Offer("ec2instance", ("us-east-1/m5.large", 0.6m)) };

        var result = FleetCommitmentPlanner.Plan(Flat(24, ("us-east-1/m5.large", 10m)), offers, held, 10).Results[1];

        Assert.Equal((3.4286m, 1668.57m), (Math.Round(result.AdditionalCommitment, 4), Math.Round(result.AdditionalMonthlySavings, 2)));
    }

    [Fact]
    public void EvaluateAdditional_CostExplorersTwoDollarsOnTopOfThreeHeld_AddsWhatItCovers()
    {
        // Held $3 + $2 = $5/h covers 5/0.7 = $7.1429/h, saving $2.1429/h against $1.2857/h held: 0.857143 x 730 = $625.71.
        var held = HeldCommitments.From([Plan("compute", 3m)], End, null);
        var plan = FleetCommitmentPlanner.Plan(Flat(24, ("us-east-1/m5.large", 10m)), [Offer("compute", ("us-east-1/m5.large", 0.7m))], held, 10);

        var (point, added) = plan.EvaluateAdditional("compute:1y:no", 2m)!.Value;

        Assert.Equal((625.71m, 100d), (Math.Round(added, 2), Math.Round(point.UtilizationPercent, 6)));
    }

    [Fact]
    public void Plan_ComputeOfferOfAnotherTerm_TakesTheHeldPlanAtItsOwnRates()
    {
        // Held 1-year $3/h at 0.7 covers $4.2857/h; the 3-year offer at 0.5 covers the $5.7143/h left with $2.8571/h,
        // saving 0.5 x 5.714286 x 730 = $2,085.71/month. (Taken as $3 of 3-year commitment it would cover $6/h.)
        var held = HeldCommitments.From([Plan("compute", 3m)], End, null);
        var offers = new[] { Offer("compute", ("us-east-1/m5.large", 0.7m)), new SavingsPlanOffer("compute", 3, "no", new Dictionary<string, decimal>(StringComparer.Ordinal) { ["us-east-1/m5.large"] = 0.5m }) };

        var result = FleetCommitmentPlanner.Plan(Flat(24, ("us-east-1/m5.large", 10m)), offers, held, 10).Results[1];

        Assert.Equal((2.8571m, 2085.71m), (Math.Round(result.AdditionalCommitment, 4), Math.Round(result.AdditionalMonthlySavings, 2)));
    }

    [Fact]
    public void Plan_OfferOfTheHeldPlansTermsAndAnother_ReportOnTheSameFleetBasis()
    {
        // m5.large runs $10/h in 12 hours and $6/h in 12; c5.large $2/h every hour has no rate. Fleet: 12 x 12 + 12 x 8
        // = $240 over 24 h = $7,300 a month. Held 1-year $3/h at 0.7 covers $4.2857/h of m5 every hour, leaving
        // $5.7143/h and $1.7143/h of m5.
        // 1y (the held plan's terms, 0.7): past 1.7143 x 0.7 = $1.2/h the 12 quiet hours lose $1 per $1 while the busy
        // ones gain 1/0.7 - 1 = 0.4286: buys $1.2/h, covering $1.7143/h, saving (1.714286 - 1.2) x 730 = $375.43.
        // 3y (0.6): the same stop at 1.7143 x 0.6 = $1.028571/h, saving (1.714286 - 1.028571) x 730 = $500.57.
        // Both report the fleet's $7,300 and its coverage by the held plan and the new one together:
        // (4.285714 + 1.714286) x 24 / 240 = 60%. (Before, the 3-year offer reported only what the held plan left,
        // $4,171.43 a month and 30% of it, while the 1-year one reported the whole fleet.)
        var held = HeldCommitments.From([Plan("compute", 3m)], End, null);
        var offers = new[]
        {
            Offer("compute", ("us-east-1/m5.large", 0.7m)),
            new SavingsPlanOffer("compute", 3, "no", new Dictionary<string, decimal>(StringComparer.Ordinal) { ["us-east-1/m5.large"] = 0.6m }),
        };
        IReadOnlyList<SpendItem>[] hours = [.. Enumerable.Range(0, 24).Select(h => (IReadOnlyList<SpendItem>)
            [new SpendItem("us-east-1/m5.large", h % 2 == 0 ? 10m : 6m), new SpendItem("us-east-1/c5.large", 2m)])];

        var results = FleetCommitmentPlanner.Plan(hours, offers, held, 10).Results;

        Assert.Equal(
            [(1.2m, 375.43m, 7300m, 60d, 100d), (1.028571m, 500.57m, 7300m, 60d, 100d)],
            results.Select(r => (Math.Round(r.AdditionalCommitment, 6), Math.Round(r.AdditionalMonthlySavings, 2), Math.Round(r.MonthlyOnDemandSpend, 2),
                Math.Round(r.Optimum.CoveragePercent, 6), Math.Round(r.Optimum.UtilizationPercent, 6))).ToArray());
    }
}
