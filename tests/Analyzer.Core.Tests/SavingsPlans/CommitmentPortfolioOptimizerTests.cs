using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class CommitmentPortfolioOptimizerTests
{
    private const string M5 = "us-east-1/m5.large";
    private const string C5 = "us-east-1/c5.large";
    private const string Fargate = "us-east-1/fargate:x86_64";

    private static IReadOnlyList<SpendItem>[] Series(int hours, Func<int, (string Key, decimal Spend)[]> at) =>
        [.. Enumerable.Range(0, hours).Select(h => (IReadOnlyList<SpendItem>)[.. at(h).Select(i => new SpendItem(i.Key, i.Spend))])];

    private static Dictionary<string, decimal> Map(params (string Key, decimal Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    // RIs at 0.6 of on-demand ($0.06 an hour for a .large at $0.10), the Compute plan at 0.7.
    private static ReservedInstanceOffer Reserved(string payment = "no") =>
        new(1, payment, Map((M5, 0.6m), (C5, 0.6m)), Map((M5, 0.06m), (C5, 0.06m)), payment != "partial");

    private static SavingsPlanOffer Compute(string payment = "no") => new("compute", 1, payment, Map((M5, 0.7m), (C5, 0.7m), (Fargate, 0.7m)));

    [Fact]
    public void Optimize_SteadyFamilyBaseAndShiftingRest_RisTakeTheBaseAndComputeTheRest()
    {
        // 24 h. m5 runs $6/h every hour: 6 x 0.6 = $3.6/h of RIs (60 x m5.large at $0.06) cover it all, saving
        // (6 - 3.6) x 730 = $1,752/month at 100% utilization, 6/16 = 37.5% of the fleet. c5 runs $10/h in 18 hours and
        // Fargate (no RI) $10/h in the other 6: together $10 every hour, which a $7/h Compute plan covers whole, saving
        // (10 - 7) x 730 = $2,190/month, 62.5% of the fleet. c5 RIs would be idle 6 hours while the Compute plan must
        // stay at $7 for Fargate's hours, so none are bought.
        var hours = Series(24, h => [(M5, 6m), (C5, h % 4 == 0 ? 0m : 10m), (Fargate, h % 4 == 0 ? 10m : 0m)]);

        var portfolio = CommitmentPortfolioOptimizer.Optimize(hours, hours, Reserved(), Compute(), 10, 0m);

        Assert.Equal(
            [("ri-standard", "us-east-1 m5", 3.6m, (int?)60, "m5.large", 1752m, 100d, 37.5d), ("compute", "any region and family", 7m, null, null, 2190m, 100d, 62.5d)],
            portfolio.Layers.Select(l => (l.Plan, l.Scope, Math.Round(l.HourlyCommitment, 6), l.InstanceCount, l.InstanceType, Math.Round(l.MonthlyNetSavings, 2),
                Math.Round(l.UtilizationPercent, 6), Math.Round(l.CoveragePercent, 6))).ToArray());
        Assert.Equal((3942m, 100d, 0m), (Math.Round(portfolio.MonthlyNetSavings, 2), Math.Round(portfolio.CoveragePercent, 6), portfolio.UpfrontUsd));
    }

    [Fact]
    public void Optimize_NoRiRateForAnyKeyAndNoComputePlan_IsTheEmptyPortfolio()
    {
        // A fleet moved to a region whose catalog has RI rates for other types only and no Savings Plans rates (the
        // shipped eu-west-1): the search has nothing to size, so no layer and no savings, not an exception.
        var hours = Series(24, _ => [("eu-west-1/m7i.large", 5m), ("eu-west-1/fargate:x86_64", 3m)]);

        var portfolio = CommitmentPortfolioOptimizer.Optimize(hours, hours, Reserved(), compute: null, 10, 0m);

        Assert.Empty(portfolio.Layers);
        Assert.Equal((0m, 0m), (portfolio.MonthlyNetSavings, portfolio.HourlyCommitment));
    }

    [Fact]
    public void Optimize_FamiliesTakingTurns_BuysTheComputePlanNotTheRisEachFamilyAloneWouldJustify()
    {
        // m5 runs $10/h in 18 of 24 hours, c5 $10/h in the other 6. Sized alone, m5 RIs pay: 18 x (1/0.6 - 1) > 6 x 1,
        // so $6/h of them would save (180 - 144) / 24 x 730 = $1,095/month. Together with the Compute plan they do not:
        // $7/h of Compute covers the $10 every hour, saving 3 x 730 = $2,190/month, and any RI on top only idles the
        // plan in m5's hours. The joint optimum has no RI layer.
        var hours = Series(24, h => [(M5, h % 4 == 0 ? 0m : 10m), (C5, h % 4 == 0 ? 10m : 0m)]);

        var portfolio = CommitmentPortfolioOptimizer.Optimize(hours, hours, Reserved(), Compute(), 10, 0m);

        Assert.Equal([("compute", 7m, 2190m)], portfolio.Layers.Select(l => (l.Plan, Math.Round(l.HourlyCommitment, 6), Math.Round(l.MonthlyNetSavings, 2))).ToArray());
    }

    [Fact]
    public void Optimize_FamilyAboveItsSteadyBase_LeavesTheRestToTheComputePlan()
    {
        // m5 runs $6/h every hour and $4/h more in 20 of 24 hours. Uncapped, RIs at 0.6 would take all $10 (the extra
        // runs 83% of hours, past the 60% an RI needs). Capped at the base present in 95% of hours (23 of 24: $6 x 0.6 =
        // $3.6/h, 60 x m5.large), RIs save (6 - 3.6) x 730 = $1,752; the Compute plan at 0.7 takes the extra: $2.8/h
        // covering $4 in 20 hours, (20 x 4 - 24 x 2.8) / 24 x 730 = $389.33/month.
        var hours = Series(24, h => [(M5, h % 6 == 0 ? 6m : 10m)]);

        var capped = CommitmentPortfolioOptimizer.Optimize(hours, hours, Reserved(), Compute(), 10, 0m);
        var uncapped = CommitmentPortfolioOptimizer.Optimize(hours, hours, Reserved(), Compute(), 10, 0m, steadyShare: 0m);

        Assert.Equal([("ri-standard", 3.6m, 1752m), ("compute", 2.8m, 389.33m)],
            capped.Layers.Select(l => (l.Plan, Math.Round(l.HourlyCommitment, 6), Math.Round(l.MonthlyNetSavings, 2))).ToArray());
        Assert.Equal([("ri-standard", 6m, 2433.33m)], uncapped.Layers.Select(l => (l.Plan, Math.Round(l.HourlyCommitment, 6), Math.Round(l.MonthlyNetSavings, 2))).ToArray());
    }

    [Fact]
    public void Optimize_AllUpfront_RiUpfrontIsTheTermsEffectiveRateAndPartialIsNotStated()
    {
        // m5 $6/h flat: 60 RIs at $0.06 = $3.6/h. All Upfront prepays 3.6 x 8760 = $31,536; saving $1,752/month plus the
        // upfront's monthly share 31,536 / 12 = $2,628 repays it in ceiling(31,536 / 4,380) = month 8. Partial Upfront:
        // the catalog gives only the effective rate, so no upfront and no break-even are stated.
        var hours = Series(24, _ => [(M5, 6m)]);

        var all = CommitmentPortfolioOptimizer.Optimize(hours, hours, Reserved("all"), null, 10, 0m).Layers.Single();
        var partial = CommitmentPortfolioOptimizer.Optimize(hours, hours, Reserved("partial"), null, 10, 0m).Layers.Single();

        Assert.Equal((31536m, (int?)8, (decimal?)null, (int?)null), (Math.Round(all.UpfrontUsd!.Value, 2), all.BreakEvenMonth, partial.UpfrontUsd, partial.BreakEvenMonth));
    }

    [Fact]
    public void Optimize_HeldPlanLeftLessToCover_CoverageCountsTheHeldShare()
    {
        // The fleet runs m5 $10/h; the plans held leave $6/h of it. RIs cover the $6 (60 x m5.large): the fleet is
        // covered 4 (held) + 6 (RIs) = 100%, the layer alone 60%.
        var fleet = Series(24, _ => [(M5, 10m)]);
        var left = Series(24, _ => [(M5, 6m)]);

        var portfolio = CommitmentPortfolioOptimizer.Optimize(fleet, left, Reserved(), null, 10, 0m);

        Assert.Equal((60, 60d, 100d, 7300m), (portfolio.Layers.Single().InstanceCount!.Value, Math.Round(portfolio.Layers.Single().CoveragePercent, 6),
            Math.Round(portfolio.CoveragePercent, 6), portfolio.MonthlyOnDemand));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Optimize_RandomSeriesWithSeveralRateLayers_MatchesAnExhaustiveSearchWithinOneStep(int seed)
    {
        // Two RI families (m5 in two sizes, c5), Fargate with a Compute rate only, random spend over 36 hours and random
        // ratios (RIs deeper than the plan), RIs not capped at the steady base. The exhaustive search tries every (m5 RIs, c5 RIs, Compute) on a 16-step
        // grid per layer, each evaluated the way AWS applies them (RIs, then the plan, each hour). Ours must be at least
        // as good as the grid's best (less a dollar a month for stopping at a hundredth of a cent an hour), and no better
        // than what one grid step in every layer could add.
        var random = new Random(seed);
        const string M5x = "us-east-1/m5.xlarge";
        var hours = Series(36, _ =>
        [
            (M5, Math.Round((decimal)random.NextDouble() * 4, 3)), (M5x, random.Next(3) == 0 ? 0m : 6m),
            (C5, Math.Round(2 + ((decimal)random.NextDouble() * 6), 3)), (Fargate, Math.Round((decimal)random.NextDouble() * 3, 3)),
        ]);
        decimal Ratio(double low, double high) => Math.Round((decimal)(low + (random.NextDouble() * (high - low))), 3);
        var m5Ratio = Ratio(0.45, 0.65);
        var c5Ratio = Ratio(0.45, 0.65);
        var reserved = new ReservedInstanceOffer(1, "no", Map((M5, m5Ratio), (M5x, m5Ratio), (C5, c5Ratio)), Map((M5, 0.0001m), (M5x, 0.0002m), (C5, 0.0001m)), true);
        var compute = new SavingsPlanOffer("compute", 1, "no", Map((M5, Ratio(0.66, 0.85)), (M5x, Ratio(0.66, 0.85)), (C5, Ratio(0.66, 0.85)), (Fargate, Ratio(0.66, 0.85))));

        var ours = CommitmentPortfolioOptimizer.Optimize(hours, hours, reserved, compute, 10, 0m, steadyShare: 0m).MonthlyNetSavings;

        const int Steps = 16;
        var tops = new[]
        {
            hours.Max(h => h.Where(i => i.Key.Contains("m5", StringComparison.Ordinal)).Sum(i => i.OnDemandUsd)) * m5Ratio,
            hours.Max(h => h.Single(i => i.Key == C5).OnDemandUsd) * c5Ratio,
            hours.Max(h => h.Sum(i => i.OnDemandUsd * compute.RateRatios[i.Key])),
        };
        var best = decimal.MinValue;
        for (var a = 0; a <= Steps; a++)
        {
            for (var b = 0; b <= Steps; b++)
            {
                for (var c = 0; c <= Steps; c++)
                {
                    best = Math.Max(best, Net(hours, reserved, compute, tops[0] * a / Steps, tops[1] * b / Steps, tops[2] * c / Steps));
                }
            }
        }

        // One step in a layer changes each hour's net by at most the step times (1 / its lowest ratio - 1) or the step.
        var oneStep = tops.Sum(t => t / Steps * Math.Max(1m, (1m / 0.45m) - 1)) * 730;
        Assert.InRange(ours, best - 1m, best + oneStep);
    }

    // The portfolio's net savings per 730-hour month, applied the way AWS does: m5 RIs, c5 RIs, then the Compute plan.
    private static decimal Net(IReadOnlyList<SpendItem>[] hours, ReservedInstanceOffer reserved, SavingsPlanOffer compute, decimal m5, decimal c5, decimal plan)
    {
        var afterM5 = HeldPlanCoverage.Cover(hours, m5, reserved.RateRatios, k => k.Contains("/m5.", StringComparison.Ordinal));
        var afterC5 = HeldPlanCoverage.Cover(afterM5, c5, reserved.RateRatios, k => k.Contains("/c5.", StringComparison.Ordinal));
        decimal Total(IReadOnlyList<IReadOnlyList<SpendItem>> s) => s.Sum(h => h.Sum(i => i.OnDemandUsd));
        var riNet = (Total(hours) - Total(afterC5) - ((m5 + c5) * hours.Length)) * 730 / hours.Length;
        return riNet + SavingsPlanOptimizer.Evaluate(afterC5, compute, plan).MonthlyNetSavings;
    }
}
