using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Time;

namespace Analyzer.Core.Tests.SavingsPlans;

public class CommitmentAdvisorTests
{
    private const string Key = "us-east-1/m5.large";

    private static readonly DateTime Start = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Period Window = new(Start, Start.AddHours(24));

    private static FleetSpend Flat(decimal usd, int hours = 24) => new(
        [.. Enumerable.Range(0, hours).Select(_ => (IReadOnlyList<SpendItem>)[new SpendItem(Key, usd)])],
        new Dictionary<string, (string Key, decimal MonthlyUsd)> { ["w"] = (Key, usd * 730) });

    private static SavingsPlanOffer Offer(int term, string payment, decimal ratio) => new("compute", term, payment, new Dictionary<string, decimal> { [Key] = ratio });

    private static HeldPlan Compute(decimal hourly, DateTime? ends, int term = 1, string payment = "no") =>
        new("111111111111", $"arn:{hourly}", "compute", term, payment, null, null, hourly, Start.AddDays(-30), ends);

    [Theory]
    [InlineData("all", 26280)]     // 1 USD/h x 8760 h x 3 years
    [InlineData("partial", 13140)] // half of it
    [InlineData("no", 0)]
    public void Upfront_ByPayment_IsTheTermsShare(string payment, int expected) =>
        Assert.Equal(expected, CommitmentAdvisor.Upfront(1m, 3, payment));

    [Theory]
    [InlineData(26280, 300, 3, 26)] // 26280 / (300 + 26280 / 36 = 730) = 25.51 -> month 26
    [InlineData(0, 10, 1, 1)]       // no upfront: pays from the first month
    [InlineData(8760, 0, 1, null)]  // saves nothing: never
    public void BreakEvenMonth_HandComputed(int upfront, int monthlySavings, int term, int? expected) =>
        Assert.Equal(expected, CommitmentAdvisor.BreakEvenMonth(upfront, monthlySavings, term));

    [Fact]
    public void Advise_SteadyFleet_GivesUpfrontBreakEvenDropsAndTranches()
    {
        // Recommended fleet 10/h, today's 6/h, 3y all upfront ratio 0.5: the optimum commits 5/h (covers 10 whole).
        // Net 5/h x 730 = 3650 a month; upfront 5 x 8760 x 3 = 131400; break-even 131400 / (3650 + 3650) = 18.
        // On today's fleet the optimum is 3/h: buy 3 now, 2 once the recommended fleet runs.
        // Drops: usage 9/h covers 9 with 4.5 used: net 4/h = 2920, 90%; 8/h: 3/h = 2190, 80%; 7/h: 2/h = 1460, 70%.
        var advice = CommitmentAdvisor.Advise(Flat(10m), Flat(6m), [Offer(3, "all", 0.5m)], HeldCommitments.None, 10, 0m, Window.End);

        var c = Assert.Single(advice.Candidates);
        Assert.Same(c, advice.Best);
        Assert.Equal(5m, c.HourlyCommitment);
        Assert.Equal(3650m, c.MonthlyNetSavings);
        Assert.Equal(131400m, c.UpfrontUsd);
        Assert.Equal(18, c.BreakEvenMonth);
        Assert.Equal((3m, 2m), (c.BuyNowHourly, c.AfterRightsizingHourly));
        Assert.Equal([2920m, 2190m, 1460m], c.Drops.Select(d => Math.Round(d.MonthlyNetSavings, 6)));
        Assert.Equal([90d, 80d, 70d], c.Drops.Select(d => Math.Round(d.UtilizationPercent, 6)));
        Assert.Null(advice.Renewal);
    }

    [Fact]
    public void Advise_HeldPlanLapsingWithinAYear_PlansItsRenewal()
    {
        // Held: 2/h Compute 1y no upfront, ending 100 days after the window. Offer of the same terms, ratio 0.5, fleet 10/h:
        // the optimum is 5/h in all, 3/h beyond what is held. Once the plan lapses, 5/h beyond nothing: renew 2/h more.
        // The renewal keeps (10 - 5) x 730 = 3650 with 5/h against 3/h alone covering 6: (6 - 3) x 730 = 2190 -> 1460.
        var held = HeldCommitments.From([Compute(2m, Window.End.AddDays(100))], Window, null);

        var advice = CommitmentAdvisor.Advise(Flat(10m), Flat(10m), [Offer(1, "no", 0.5m)], held, 10, 0m, Window.End);

        Assert.Equal(3m, advice.Best!.HourlyCommitment);
        var renewal = advice.Renewal!;
        Assert.Equal(2m, renewal.LapsingHourly);
        Assert.Equal(2m, renewal.RenewHourly);
        Assert.Equal(1460m, Math.Round(renewal.MonthlyNetSavings, 6));
    }

    [Fact]
    public void Plan_HeldPlanExpiringInsideTheWindow_StopsCoveringAtItsEnd()
    {
        // Fleet 10/h for 24 h. Held: 2.5/h Compute 1y no upfront (ratio 0.5 covers 5/h), ending at hour 6.
        // Offer 3y all upfront, ratio 0.5. Left after the held plan: 5/h for hours 0-5, 10/h for hours 6-23.
        // Net of c in (2.5, 5]: 6 x (5 - c) + 18 x c = 30 + 12c, still rising: the optimum is 5 (not 2.5, as it would be
        // if the plan covered all 24 hours). The offer reports on the whole fleet: 10 x 730 = 7300 a month, covered by the
        // held plan (6 x 5) and the new one (6 x 5 + 18 x 10) together: 240 / 240 = 100%.
        var held = HeldCommitments.From([Compute(2.5m, Start.AddHours(6))], Window, null);
        SavingsPlanOffer[] offers = [Offer(1, "no", 0.5m), Offer(3, "all", 0.5m)];

        var result = FleetCommitmentPlanner.Plan(Flat(10m).Hours, offers, held, 10).Results[1];

        Assert.Equal((5m, 7300m, 100d), (result.AdditionalCommitment, result.MonthlyOnDemandSpend, Math.Round(result.Optimum.CoveragePercent, 6)));
    }

    [Fact]
    public void ShareOf_TwoWorkloads_PartsAddUpToTheFleetPlan()
    {
        // Two workloads on the same key, 300 and 100 a month: 75% and 25% of the plan's 5/h and 3650 a month.
        var spend = Flat(10m) with
        {
            WorkloadMonthly = new Dictionary<string, (string Key, decimal MonthlyUsd)> { ["a"] = (Key, 300m), ["b"] = (Key, 100m), ["c"] = ("eu-west-1/m5.large", 50m) },
        };
        var advice = CommitmentAdvisor.Advise(spend, spend, [Offer(3, "all", 0.5m)], HeldCommitments.None, 10, 0m, Window.End);

        Assert.Equal((3.75m, 2737.5m), advice.ShareOf("a"));
        Assert.Equal((1.25m, 912.5m), advice.ShareOf("b"));
        Assert.Equal((0m, 0m), advice.ShareOf("c"));
    }

    [Fact]
    public void ShareOf_LayeredPortfolio_PartsAddUpToEveryLayer()
    {
        // m5 $6/h every hour (workloads a $4.5/h, b $1.5/h), c5 $10/h in 18 of 24 hours (c), Fargate $10/h in the other 6
        // (d). RIs at 0.6 take m5's $6 (60 x m5.large, $3.6/h, $1,752/month); a $7/h Compute plan at 0.7 covers the $10
        // c5 and Fargate run every hour ($2,190). Together $3,942 beats the Compute plan alone ($11.2/h over the flat $16,
        // 4.8 x 730 = $3,504), so the portfolio is the recommendation.
        // RI layer by m5 spend: a 75% (2.7/h, 1314), b 25% (0.9/h, 438). The RIs cover m5 whole, so the Compute layer is
        // shared on what they leave: c 5475 / 7300 = 75% (5.25/h, 1642.5), d 25% (1.75/h, 547.5). Sum: 10.6/h and 3942.
        const string C5 = "us-east-1/c5.large", Fargate = "us-east-1/fargate:x86_64";
        var hours = Enumerable.Range(0, 24).Select(h => (IReadOnlyList<SpendItem>)
            [new SpendItem(Key, 6m), new SpendItem(C5, h % 4 == 0 ? 0m : 10m), new SpendItem(Fargate, h % 4 == 0 ? 10m : 0m)]).ToList();
        var spend = new FleetSpend(hours, new Dictionary<string, (string Key, decimal MonthlyUsd)>
        {
            ["a"] = (Key, 3285m), ["b"] = (Key, 1095m), ["c"] = (C5, 5475m), ["d"] = (Fargate, 1825m),
        });
        var compute = new SavingsPlanOffer("compute", 1, "no", new Dictionary<string, decimal> { [Key] = 0.7m, [C5] = 0.7m, [Fargate] = 0.7m });
        var reserved = new ReservedInstanceOffer(1, "no", new Dictionary<string, decimal> { [Key] = 0.6m, [C5] = 0.6m }, new Dictionary<string, decimal> { [Key] = 0.06m, [C5] = 0.06m }, true);

        var advice = CommitmentAdvisor.Advise(spend, spend, [compute], HeldCommitments.None, 10, 0m, Window.End, [reserved]);
        string[] workloads = ["a", "b", "c", "d"];
        var shares = workloads.Select(advice.ShareOf).Select(x => (Math.Round(x.HourlyCommitment, 6), Math.Round(x.MonthlyNetSavings, 2))).ToArray();

        Assert.True(advice.UsesPortfolio);
        Assert.Equal([(2.7m, 1314m), (0.9m, 438m), (5.25m, 1642.5m), (1.75m, 547.5m)], shares);
        Assert.Equal((advice.Portfolio!.HourlyCommitment, Math.Round(advice.Portfolio.MonthlyNetSavings, 2)), (shares.Sum(x => x.Item1), shares.Sum(x => x.Item2)));
    }

    [Theory]
    [InlineData(30, 1460)] // active all 24 hours: covers 4 (2 / 0.5) for 2 each hour, net 2/h x 730
    [InlineData(12, 730)]  // ends at hour 12: net 2/h for 12 of 24 hours = 1/h on average x 730
    public void HeldMonthlyNetSavings_HeldPlan_SavesOnlyWhileActive(int endsAfterHours, int expected)
    {
        var held = HeldCommitments.From([Compute(2m, Start.AddHours(endsAfterHours))], Window, null);

        Assert.Equal(expected, FleetCommitmentPlanner.HeldMonthlyNetSavings(Flat(10m).Hours, [Offer(1, "no", 0.5m)], held));
    }
}
