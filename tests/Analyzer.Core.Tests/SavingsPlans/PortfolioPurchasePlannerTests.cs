using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class PortfolioPurchasePlannerTests
{
    private const string M5 = "us-east-1/m5.large";
    private const string M6g = "us-east-1/m6g.large";
    private const string Fargate = "us-east-1/fargate:x86_64";

    private static readonly DateTime End = new(2026, 10, 2, 0, 0, 0, DateTimeKind.Utc);

    private static FleetSpend Flat(params (string Key, decimal Usd)[] items) => new(
        [.. Enumerable.Range(0, 24).Select(_ => (IReadOnlyList<SpendItem>)[.. items.Select(i => new SpendItem(i.Key, i.Usd))])],
        items.ToDictionary(i => i.Key, i => (i.Key, i.Usd * 730), StringComparer.Ordinal));

    private static Dictionary<string, decimal> Map(params (string Key, decimal Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    // A .large at $0.10 an hour on demand ($0.08 for m6g); RIs at 0.6 of it, the Compute plan at 0.7.
    private static ReservedInstanceOffer Reserved(string payment) =>
        new(1, payment, Map((M5, 0.6m), (M6g, 0.6m)), Map((M5, 0.06m), (M6g, 0.048m)), true);

    private static SavingsPlanOffer Compute(string payment) => new("compute", 1, payment, Map((M5, 0.7m), (Fargate, 0.7m)));

    private static CommitmentAdvice Advise(FleetSpend recommended, FleetSpend today, string payment = "no", HeldCommitments? held = null) =>
        CommitmentAdvisor.Advise(recommended, today, [Compute(payment)], held ?? HeldCommitments.None, 10, 0m, End, [Reserved(payment)]);

    private static (int? Count, decimal Hourly, decimal? Upfront, decimal Savings) Of(PortfolioTranche t) =>
        (t.InstanceCount, Math.Round(t.HourlyCommitment, 6), t.UpfrontUsd is { } u ? Math.Round(u, 2) : null, Math.Round(t.MonthlyNetSavings, 2));

    [Fact]
    public void Plan_FleetGrowingAfterRightsizing_BuysTodaysPartNowAndTheRestAfter()
    {
        // Recommended: 6 x m5.large ($0.6/h) and Fargate $1/h; today 4 x m5.large ($0.4/h) and Fargate $0.4/h; 1 year All Upfront.
        // Portfolio: 6 RIs ($0.36/h) save (0.6 - 0.36) x 730 = 175.2; the Compute plan $0.7/h covers Fargate, saving 0.3 x 730 = 219.
        // Today's portfolio: 4 RIs ($0.24/h) and $0.28/h of Compute (0.4 x 0.7).
        // Now: 4 RIs, saving (0.4 - 0.24) x 730 = 116.8 on the recommended fleet, upfront 0.24 x 8760 = 2,102.4; Compute $0.28/h
        // covers $0.4 of what the 4 RIs leave, saving 0.12 x 730 = 87.6, upfront 0.28 x 8760 = 2,452.8.
        // After: 2 RIs ($0.12/h, upfront 1,051.2) save 175.2 - 116.8 = 58.4; Compute $0.42/h (upfront 3,679.2) saves 219 - 87.6 = 131.4.
        var advice = Advise(Flat((M5, 0.6m), (Fargate, 1m)), Flat((M5, 0.4m), (Fargate, 0.4m)), "all");

        var plan = advice.PortfolioPlan!;

        Assert.True(advice.UsesPortfolio);
        Assert.Equal(
            [("ri-standard", "us-east-1 m5", "m5.large"), ("compute", "any region and family", null)],
            plan.Layers.Select(l => (l.Plan, l.Scope, l.InstanceType)).ToArray());
        Assert.Equal([((int?)4, 0.24m, (decimal?)2102.4m, 116.8m), (null, 0.28m, 2452.8m, 87.6m)], plan.Layers.Select(l => Of(l.Now)).ToArray());
        Assert.Equal([((int?)2, 0.12m, (decimal?)1051.2m, 58.4m), (null, 0.42m, 3679.2m, 131.4m)], plan.Layers.Select(l => Of(l.AfterRightsizing)).ToArray());
        Assert.Equal((null, 0.52m, 4555.2m, 204.4m), Of(plan.Now));
        Assert.Equal(Math.Round(advice.Portfolio!.MonthlyNetSavings, 2), Math.Round(plan.Now.MonthlyNetSavings + plan.AfterRightsizing.MonthlyNetSavings, 2));
        Assert.Equal(204.4m, Math.Round(plan.BuyNowMonthlyNetSavingsToday, 2)); // today the same $0.4 + $0.4 is covered whole
    }

    [Fact]
    public void Plan_LaterRiTrancheDisplacesTheComputePlan_TheLossIsTheRiTranchesAndAComputeLayerWithNothingMoreToBuyAddsNothing()
    {
        // m5 at $0.10 a .large: RIs at 0.4 ($0.04), the Compute plan at 0.5 on m5 and 0.9 on us-west-2 Fargate.
        // Recommended: m5 $0.6/h and Fargate $0.3/h; today m5 $0.4/h and the same Fargate. 1 year No Upfront.
        // Portfolio: 6 RIs ($0.24/h) save (0.6 - 0.24) x 730 = 262.8; Compute $0.27/h covers the Fargate, saving 0.03 x 730 = 21.9.
        // Today's portfolio: 4 RIs and the same $0.27/h, so the Compute plan is all bought now (nothing after).
        // At the buy-now amounts (4 RIs, $0.27/h): the RIs save (0.4 - 0.16) x 730 = 175.2; the plan covers the m5 they leave first (deepest
        // discount): $0.2 for $0.1, then $0.17 / 0.9 = $0.188889 of Fargate: (0.388889 - 0.27) x 730 = 86.788889.
        // After: the 2 more RIs take that m5 from the plan, which falls back to Fargate only (21.9): the portfolio goes from
        // 175.2 + 86.788889 = 261.988889 to 262.8 + 21.9 = 284.7, so the RI tranche adds 22.711111 and the Compute layer,
        // with nothing more to buy, adds 0 (a layer-by-layer difference would have said 21.9 - 86.788889 = -64.89 for it).
        // Buy now saves what each layer saves at the buy-now amounts: 175.2 and 86.79; summed with the after tranches,
        // 261.988889 + 22.711111 = 284.7, the portfolio.
        const string West = "us-west-2/fargate:x86_64";
        var reserved = new ReservedInstanceOffer(1, "no", Map((M5, 0.4m)), Map((M5, 0.04m)), true);
        var compute = new SavingsPlanOffer("compute", 1, "no", Map((M5, 0.5m), (West, 0.9m)));

        var plan = CommitmentAdvisor.Advise(Flat((M5, 0.6m), (West, 0.3m)), Flat((M5, 0.4m), (West, 0.3m)), [compute], HeldCommitments.None, 10, 0m, End, [reserved]).PortfolioPlan!;

        Assert.Equal([((int?)4, 0.16m, (decimal?)0m, 175.2m), (null, 0.27m, 0m, 86.79m)], plan.Layers.Select(l => Of(l.Now)).ToArray());
        Assert.Equal([((int?)2, 0.08m, (decimal?)0m, 22.71m), (null, 0m, 0m, 0m)], plan.Layers.Select(l => Of(l.AfterRightsizing)).ToArray());
        Assert.Equal(284.7m, Math.Round(plan.Now.MonthlyNetSavings + plan.AfterRightsizing.MonthlyNetSavings, 2));
    }

    [Fact]
    public void Plan_RightsizingMovesTheFamily_BuysNothingNowInTheNewFamily()
    {
        // Today m5 $1/h; recommended 6 x m6g.large ($0.48/h; no Compute rate for it). Today's portfolio holds m5 RIs only,
        // so no m6g RI is justified before the move: all 6 ($0.048 x 6 = $0.288/h) come after it, saving
        // (0.48 - 0.288) x 730 = 140.16; none now.
        var advice = Advise(Flat((M6g, 0.48m)), Flat((M5, 1m)));

        var layer = Assert.Single(advice.PortfolioPlan!.Layers);

        Assert.Equal("us-east-1 m6g", layer.Scope);
        Assert.Equal(((int?)0, 0m, (decimal?)0m, 0m), Of(layer.Now));
        Assert.Equal(((int?)6, 0.288m, (decimal?)0m, 140.16m), Of(layer.AfterRightsizing));
        Assert.Equal(0m, advice.PortfolioPlan.BuyNowMonthlyNetSavingsToday);
    }

    [Fact]
    public void Plan_UsageDrops_GivesEachLayersAndTheTotalNetSavingsAndUtilization()
    {
        // 6 RIs ($0.36/h) over m5 $0.6/h and a $0.7/h Compute plan over Fargate $1/h. Usage down 10/20/30%:
        // RIs cover m5's $0.54/$0.48/$0.42: net (0.54 - 0.36) x 730 = 131.4, 87.6, 43.8; utilization 0.54 x 0.6 / 0.36 = 90%, 80%, 70%.
        // Compute covers Fargate's $0.9/$0.8/$0.7: net (0.9 - 0.7) x 730 = 146, 73, 0; utilization 90%, 80%, 70%.
        // Total: 277.4, 160.6, 43.8, utilization weighted by commitment (90 x 0.36 + 90 x 0.7) / 1.06 = 90%, 80%, 70%.
        var advice = Advise(Flat((M5, 0.6m), (Fargate, 1m)), Flat((M5, 0.6m), (Fargate, 1m)));

        var plan = advice.PortfolioPlan!;

        Assert.Equal(
            [[(10, 131.4m, 90d), (20, 87.6m, 80d), (30, 43.8m, 70d)], [(10, 146m, 90d), (20, 73m, 80d), (30, 0m, 70d)]],
            plan.Layers.Select(l => l.Drops.Select(d => (d.DropPercent, Math.Round(d.MonthlyNetSavings, 2), Math.Round(d.UtilizationPercent, 6))).ToArray()).ToArray());
        Assert.Equal(
            [(10, 277.4m, 90d), (20, 160.6m, 80d), (30, 43.8m, 70d)],
            plan.Drops.Select(d => (d.DropPercent, Math.Round(d.MonthlyNetSavings, 2), Math.Round(d.UtilizationPercent, 6))).ToArray());
    }

    [Fact]
    public void Plan_HeldPlanLapsingWithinTheHorizon_RenewsOnThePortfolio()
    {
        // m5 $0.6/h (6 x m5.large). A held 1-year Compute plan of $0.14/h ends in 100 days: at 0.7 it covers $0.2, so the
        // portfolio buys 4 RIs ($0.24/h) over the $0.4 left, saving (0.4 - 0.24) x 730 = 116.8. When it lapses the whole
        // $0.6 is left: 6 RIs, so the renewal is 2 more ($0.12/h), saving (0.6 - 0.36) x 730 - (0.4 - 0.24) x 730 = 58.4.
        var held = new HeldCommitments(
            [new HeldPlan("111111111111", "arn:held", "compute", 1, "no", null, null, 0.14m, End.AddDays(-200), End.AddDays(100))], 0.14m, false);

        var advice = Advise(Flat((M5, 0.6m)), Flat((M5, 0.6m)), held: held);

        var plan = advice.PortfolioPlan!;
        var layer = Assert.Single(plan.Layers);
        Assert.Equal(((int?)4, 0.24m, (decimal?)0m, 116.8m), Of(layer.Now));
        Assert.Equal(((int?)2, 0.12m, (decimal?)0m, 58.4m), Of(layer.Renewal));
        Assert.Equal(["arn:held"], plan.Lapsing.Select(p => p.Arn));
    }

    [Fact]
    public void Optimize_FamilyWithoutAComputeRate_CountsItsSavingsAsTheCatalogsGap()
    {
        // eu-west-1 m6g has an RI rate but no Compute plan rate: its 6 RIs ($0.288/h over $0.48/h) save
        // (0.48 - 0.288) x 730 = 140.16, which no single plan could. us-east-1 m5's RIs (175.2) have a Compute rate beside them.
        const string Ireland = "eu-west-1/m6g.large";
        var reserved = new ReservedInstanceOffer(1, "no", Map((M5, 0.6m), (Ireland, 0.6m)), Map((M5, 0.06m), (Ireland, 0.048m)), true);
        var hours = Flat((M5, 0.6m), (Ireland, 0.48m)).Hours;

        var portfolio = CommitmentPortfolioOptimizer.Optimize(hours, hours, reserved, Compute("no"), 10, 0m);

        Assert.Equal(["eu-west-1 m6g"], portfolio.LayersWithoutComputeRate.Select(l => l.Scope));
        Assert.Equal(140.16m, Math.Round(portfolio.MonthlyNetSavingsWithoutComputeRate, 2));
        Assert.Equal(["eu-west-1"], portfolio.RegionsWithoutComputeRate);
    }

    [Fact]
    public void Evaluate_LayersAtTheirCommitments_ReproducesTheOptimizersSavings()
    {
        // The evaluator at the optimizer's commitments gives back each layer's own savings: 175.2 and 219 (see above).
        var recommended = Flat((M5, 0.6m), (Fargate, 1m));
        var portfolio = CommitmentPortfolioOptimizer.Optimize(recommended.Hours, recommended.Hours, Reserved("no"), Compute("no"), 10, 0m);

        var outcomes = CommitmentPortfolioEvaluator.Evaluate(recommended.Hours, portfolio.Layers, [.. portfolio.Layers.Select(l => l.HourlyCommitment)], Reserved("no"), Compute("no"));

        Assert.Equal([175.2m, 219m], outcomes.Select(o => Math.Round(o.MonthlyNetSavings, 2)));
        Assert.Equal(portfolio.Layers.Select(l => Math.Round(l.MonthlyNetSavings, 6)), outcomes.Select(o => Math.Round(o.MonthlyNetSavings, 6)));
    }
}
