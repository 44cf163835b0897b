using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class SavingsPlanOptimizerTests
{
    private static SavingsPlanOffer Offer(params (string Key, decimal Ratio)[] ratios) =>
        new("compute", 1, "no", ratios.ToDictionary(r => r.Key, r => r.Ratio));

    private static IReadOnlyList<SpendItem>[] Series(params decimal[] spend) =>
        [.. spend.Select(s => (IReadOnlyList<SpendItem>)[new SpendItem("m5.large", s)])];

    [Fact]
    public void Optimize_FlatSteadySpend_CommitsToAllOfIt()
    {
        // m5.large compute 1y no upfront: 0.071 / 0.096. 10 hours at 0.096 -> commitment 0.071 covers everything.
        var result = SavingsPlanOptimizer.Optimize(Series([.. Enumerable.Repeat(0.096m, 10)]), Offer(("m5.large", 0.071m / 0.096m)), 0m, 10);

        Assert.Equal(0.071m, Math.Round(result.Optimum.HourlyCommitment, 6));
        Assert.Equal(Math.Round((0.096m - 0.071m) * 730, 6), Math.Round(result.Optimum.MonthlyNetSavings, 6));
        Assert.Equal(100, result.Optimum.UtilizationPercent, 6);
        Assert.Equal(100, result.Optimum.CoveragePercent, 6);
    }

    [Fact]
    public void Optimize_FlatDiscount_IsQuantileAtOneMinusRatio()
    {
        // Ratio 0.6: slope is positive while more than 60% of hours lie above c, so c is the 40% quantile of 0.6 x spend.
        // Spend 1..10: sorted plan-rate spend 0.6, 1.2, ..., 6.0; four hours at or below c=2.4 leave six (60%) above.
        var spend = new decimal[] { 5, 1, 9, 3, 7, 2, 10, 4, 8, 6 };

        var result = SavingsPlanOptimizer.Optimize(Series(spend), Offer(("m5.large", 0.6m)), 0m, 10);

        Assert.Equal(2.4m, result.Optimum.HourlyCommitment);
    }

    [Fact]
    public void Optimize_ZeroSpendHalfTheTime_CommitsOnlyWhenDiscountBeatsIdleHours()
    {
        // Half the hours have no spend: with ratio 0.6 each committed dollar saves 1/0.6 - 1 = 0.67 in busy hours and
        // loses 1 in idle ones, so committing loses money.
        var result = SavingsPlanOptimizer.Optimize(Series(1, 0, 1, 0), Offer(("m5.large", 0.6m)), 0m, 5);

        Assert.Equal(0m, result.Optimum.HourlyCommitment);
        Assert.Equal(0m, result.Optimum.MonthlyNetSavings);
    }

    [Fact]
    public void Optimize_DeepestDiscountCoveredFirst()
    {
        // One hour: a (ratio 0.5, 1 USD) and b (ratio 0.8, 1 USD). Commit 0.5 covers a only: savings 0.5.
        var hours = new IReadOnlyList<SpendItem>[] { [new("b", 1m), new("a", 1m)] };

        var point = SavingsPlanOptimizer.Evaluate(hours, Offer(("a", 0.5m), ("b", 0.8m)), 0.5m);

        Assert.Equal(0.5m * 730, point.MonthlyNetSavings);
        Assert.Equal(50, point.CoveragePercent, 6);
    }

    [Fact]
    public void Optimize_UncoverableKey_CountsInSpendButNotCoverage()
    {
        var hours = new IReadOnlyList<SpendItem>[] { [new("a", 1m), new("gpu", 3m)] };

        var result = SavingsPlanOptimizer.Optimize(hours, Offer(("a", 0.5m)), 0m, 3);

        Assert.Equal(0.5m, result.Optimum.HourlyCommitment);
        Assert.Equal(25, result.Optimum.CoveragePercent, 6);
        Assert.Equal(4m * 730, result.MonthlyOnDemandSpend);
    }

    [Fact]
    public void Optimize_WithHeldCommitment_BuysOnlyTheDifference()
    {
        var result = SavingsPlanOptimizer.Optimize(Series([.. Enumerable.Repeat(1m, 5)]), Offer(("m5.large", 0.7m)), 0.3m, 5);

        Assert.Equal(0.7m, result.Optimum.HourlyCommitment);
        Assert.Equal(0.4m, result.AdditionalCommitment);

        // Held 0.3 saves (0.3/0.7 - 0.3) per hour; the optimum saves 0.3 per hour; the difference per month.
        Assert.Equal(Math.Round((0.3m - ((0.3m / 0.7m) - 0.3m)) * 730, 6), Math.Round(result.AdditionalMonthlySavings, 6));
    }

    [Fact]
    public void Optimize_RandomSeries_MatchesBruteForceOverFineGrid()
    {
        var random = new Random(20260924);
        for (var trial = 0; trial < 30; trial++)
        {
            var keys = new[] { "m5.large", "c5.large", "m7g.large", "t3.micro" };
            var ratios = keys.Take(random.Next(1, keys.Length + 1)).ToDictionary(k => k, _ => (decimal)(0.3 + (random.NextDouble() * 0.6)));
            var hours = new IReadOnlyList<SpendItem>[random.Next(24, 120)];
            for (var h = 0; h < hours.Length; h++)
            {
                hours[h] = [.. keys.Where(_ => random.NextDouble() < 0.7).Select(k => new SpendItem(k, Math.Round((decimal)(random.NextDouble() * 3), 4)))];
            }

            var offer = new SavingsPlanOffer("compute", 1, "no", ratios);
            var result = SavingsPlanOptimizer.Optimize(hours, offer, 0m, 10);

            var top = hours.Max(h => h.Sum(i => ratios.TryGetValue(i.Key, out var r) ? r * i.OnDemandUsd : 0m));
            var bruteBest = decimal.MinValue;
            const int steps = 400;
            for (var i = 0; i <= steps; i++)
            {
                bruteBest = Math.Max(bruteBest, SavingsPlanOptimizer.Evaluate(hours, offer, top * i / steps).MonthlyNetSavings);
            }

            // Never worse than any grid point, and no better than the grid's best by more than one grid step's worth.
            Assert.True(result.Optimum.MonthlyNetSavings >= bruteBest - 0.000001m, $"trial {trial}: {result.Optimum.MonthlyNetSavings} < {bruteBest}");
            var slack = top / steps * hours.Length * 3 * 730 / hours.Length;
            Assert.True(result.Optimum.MonthlyNetSavings - bruteBest <= slack, $"trial {trial}: {result.Optimum.MonthlyNetSavings} vs {bruteBest}");
        }
    }

    [Fact]
    public void Optimize_Curve_IsSortedAndContainsTheOptimum()
    {
        var result = SavingsPlanOptimizer.Optimize(Series(1, 2, 3, 4), Offer(("m5.large", 0.5m)), 0m, 8);

        Assert.Contains(result.Optimum, result.Curve);
        Assert.Equal(result.Curve.OrderBy(p => p.HourlyCommitment).Select(p => p.HourlyCommitment), result.Curve.Select(p => p.HourlyCommitment));
        Assert.All(result.Curve, p => Assert.True(p.MonthlyNetSavings <= result.Optimum.MonthlyNetSavings));
    }
}
