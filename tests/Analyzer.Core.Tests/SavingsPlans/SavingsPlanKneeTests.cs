using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class SavingsPlanKneeTests
{
    private static readonly SavingsPlanOffer Offer = new("compute", 3, "all", new Dictionary<string, decimal> { ["k"] = 0.5m, ["j"] = 0.7m });

    // 60 hours at 10 and 40 at 9.9, ratio 0.5. Net savings per hour of commitment c summed over the 100 hours:
    // c <= 4.95 covers every hour whole: 100c (495 at 4.95); 4.95 < c <= 5: 60c + 40 x (9.9 - c) = 20c + 396 (496 at 5).
    // A flat top: the last 0.05 USD/h adds 1 USD over 100 hours.
    private static IReadOnlyList<SpendItem>[] FlatTop() =>
        [.. Enumerable.Range(0, 100).Select(h => (IReadOnlyList<SpendItem>)[new SpendItem("k", h < 60 ? 10m : 9.9m)])];

    [Fact]
    public void Optimize_FlatCurveWithKneeRule_PicksTheSmallerCommitment()
    {
        // Target 98% of 496 = 486.08 -> 100c = 486.08 -> c = 4.8608, rounded up to AWS's 0.001 step: 4.861.
        // Net 486.1 per 100 hours x 730 / 100 = 3548.53 a month; the maximum, 5, saves 496 x 7.3 = 3620.80.
        var result = SavingsPlanOptimizer.Optimize(FlatTop(), Offer, 0m, 10, kneeShare: 0.02m);

        Assert.Equal(4.861m, result.Optimum.HourlyCommitment);
        Assert.Equal(3548.53m, Math.Round(result.Optimum.MonthlyNetSavings, 2));
        Assert.Equal(5m, result.Maximum!.HourlyCommitment);
        Assert.Equal(3620.80m, Math.Round(result.Maximum.MonthlyNetSavings, 2));
        Assert.Equal(4.861m, result.AdditionalCommitment);
    }

    [Fact]
    public void Optimize_KneeShareZero_PicksTheMaximum()
    {
        var result = SavingsPlanOptimizer.Optimize(FlatTop(), Offer, 0m, 10);

        Assert.Equal(5m, result.Optimum.HourlyCommitment);
    }

    [Fact]
    public void Optimize_KneeRuleBeyondHeld_IsWithinTheShareOfTheAdditionalSavings()
    {
        // Held 4: net(4) = 400, maximum 496, so the additional 96 must reach 98%: 400 + 94.08 = 494.08 -> c = 4.9408 -> 4.941.
        var result = SavingsPlanOptimizer.Optimize(FlatTop(), Offer, 4m, 10, kneeShare: 0.02m);

        Assert.Equal(4.941m, result.Optimum.HourlyCommitment);
        Assert.Equal(0.941m, result.AdditionalCommitment);
    }

    [Fact]
    public void Optimize_RandomSeriesWithSeveralRates_MatchesAnExhaustiveSearchWithinOneStep()
    {
        // Brute force: on random hourly series with two rate layers, the sweep's maximum is never beaten by any commitment
        // on a 0.01 grid, and lies within one grid step of the grid's best.
        var random = new Random(11);
        for (var trial = 0; trial < 20; trial++)
        {
            var hours = Enumerable.Range(0, 48).Select(_ => (IReadOnlyList<SpendItem>)
                [new SpendItem("k", Math.Round((decimal)random.NextDouble() * 4, 2)), new SpendItem("j", Math.Round((decimal)random.NextDouble() * 3, 2))]).ToArray();
            var result = SavingsPlanOptimizer.Optimize(hours, Offer, 0m, 10);

            var grid = Enumerable.Range(0, 501).Select(i => SavingsPlanOptimizer.Evaluate(hours, Offer, i / 100m)).MaxBy(p => p.MonthlyNetSavings)!;
            Assert.True(result.Optimum.MonthlyNetSavings >= grid.MonthlyNetSavings - 0.000001m, $"trial {trial}");
            Assert.True(Math.Abs(result.Optimum.HourlyCommitment - grid.HourlyCommitment) <= 0.01m || result.Optimum.MonthlyNetSavings - grid.MonthlyNetSavings < 0.01m * 730, $"trial {trial}");
        }
    }
}
