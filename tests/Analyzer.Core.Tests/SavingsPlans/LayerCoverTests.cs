using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

// LayerCover is the portfolio search's fast copy of HeldPlanCoverage.Cover (one commitment's cover of an hourly
// series): these tests hold the two to the same rule.
public class LayerCoverTests
{
    [Fact]
    public void Apply_OneHour_TakesTheDeepestDiscountFirstAndLosesNothingItCannotUse()
    {
        // $6/h of commitment over m5 ($10 on demand, ratio 0.5) and c5 ($10, ratio 0.7): m5 first, all of it
        // (10 x 0.5 = $5 used), then the $1 left covers 1 / 0.7 = 1.428571... of c5, which keeps 8.571428...
        var hours = new IReadOnlyList<SpendItem>[] { [new("c5", 10m), new("m5", 10m)] };
        var ratios = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["m5"] = 0.5m, ["c5"] = 0.7m };
        var series = new FlatSpendSeries(hours);
        var residual = series.Spend();
        var changed = new List<(int Item, decimal Before)>();

        var (covered, used) = new LayerCover(series, ratios, _ => true).Apply(residual, 6m, changed);

        Assert.Equal(10m - (1m / 0.7m), residual[0]);
        Assert.Equal(0m, residual[1]);
        Assert.Equal(10m + (1m / 0.7m), covered, 20);
        Assert.Equal(6m, used, 20);
        Assert.Equal([(0, 10m), (1, 10m)], changed);
    }

    [Fact]
    public void Apply_GeneratedSeries_LeavesWhatHeldPlanCoverageLeavesItemByItem()
    {
        var random = new Random(20261207);
        string[] keys = ["a", "b", "c", "d", "e"];
        for (var trial = 0; trial < 300; trial++)
        {
            // Some keys without a ratio or with a zero one, items of one key twice in an hour, zero spend, idle hours.
            var ratios = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var key in keys.Where(_ => random.Next(5) > 0))
            {
                ratios[key] = random.Next(6) == 0 ? 0m : random.Next(25, 101) / 100m;
            }

            var hours = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => (IReadOnlyList<SpendItem>)[.. Enumerable.Range(0, random.Next(0, 7)).Select(_ => new SpendItem(keys[random.Next(keys.Length)], random.Next(0, 2001) / 100m))])
                .ToArray();
            var covers = keys.Where(_ => random.Next(3) > 0).ToHashSet(StringComparer.Ordinal);
            var commitment = random.Next(0, 3001) / 100m;

            var expected = HeldPlanCoverage.Cover(hours, commitment, ratios, covers.Contains);
            var series = new FlatSpendSeries(hours);
            var residual = series.Spend();
            var (covered, used) = new LayerCover(series, ratios, covers.Contains).Apply(residual, commitment, []);
            var actual = series.With(residual);

            Assert.Equal(expected.Select(h => h.ToArray()), actual.Select(h => h.ToArray()));
            var taken = hours.SelectMany(h => h).Sum(i => i.OnDemandUsd) - expected.SelectMany(h => h).Sum(i => i.OnDemandUsd);
            Assert.Equal(taken, covered, 20);
            // Never more than the commitment of every hour (to the last digits of decimal division).
            Assert.True(used <= (commitment * hours.Length) + 0.000000000000000001m, $"trial {trial}: used {used} of {commitment} x {hours.Length} h");
        }
    }
}
