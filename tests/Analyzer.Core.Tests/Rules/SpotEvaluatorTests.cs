using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class SpotEvaluatorTests
{
    private static readonly AnalysisSettings Settings = new();

    [Fact]
    public void Evaluate_IntolerantWorkload_IsInfeasible()
    {
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 40, 30, 4), 70.08m, tolerant: false);

        var option = SpotEvaluator.Evaluate(context, "m5.large", Pools(4), UnitSeries.Always(1), null, Settings);

        Assert.False(option.Feasible);
        Assert.Null(option.MonthlyCost);
    }

    [Fact]
    public void Similar_TwoVcpuX86WithFourGib_FindsTheNonBurstablePoolsOfTheSameSize()
    {
        // Same architecture and 2 vCPUs with at least 4 GiB: c5.large, m5.large, m6i.large, r5.large; the t3 types are burstable.
        var pools = Pools(4);

        Assert.Equal(["c5.large", "m5.large", "m6i.large", "r5.large"], pools.Select(p => p.Spec.InstanceType).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_DiversifiedSet_PricesTheCalmestThreePoolsAtTheirAverage()
    {
        // Calmest first, then cheapest: c5.large (<5%, 0.0385), r5.large (<5%, 0.061), m6i.large (10-15%, 0.0425);
        // m5.large (15-20%) is left out. (0.0385 + 0.061 + 0.0425) / 3 = 0.047333.. $/h x 730 = 34.553333..;
        // the worst band in the set, 10-15%, is Medium risk.
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 40, 30, 4), 70.08m, tolerant: true);

        var option = SpotEvaluator.Evaluate(context, "m5.large", Pools(4), UnitSeries.Always(1), null, Settings);

        Assert.Equal(34.5533m, Math.Round(option.MonthlyCost!.Value, 4));
        Assert.Equal(Risk.Medium, option.Risk);
        Assert.Contains("diversified over c5.large, r5.large, m6i.large", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FleetChange_NamesTheTypeTheOptionShows()
    {
        // Pools drawn around m5.large; the set's first pool is c5.large, which the option's target carries, so the
        // change must read "4 x m5.large → 4 x c5.large", not "→ 4 x m5.large".
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 40, 30, 4), 280.32m, tolerant: true);
        var change = new FleetChange(UnitCount.Fixed(4), UnitCount.Fixed(4), "m5.large", "m5.large");

        var option = SpotEvaluator.Evaluate(context, "m5.large", Pools(4), UnitSeries.Always(4), change, Settings);

        Assert.Equal("c5.large", option.Target!.InstanceType);
        Assert.Equal("c5.large", option.Target.Change!.ToSize);
        Assert.StartsWith("4 x m5.large → 4 x c5.large; diversified over c5.large", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EightGibPerUnit_SetCarriesTheBandOfItsWorstPool()
    {
        // 8 GiB a unit leaves m5.large, m6i.large and r5.large: (0.061 + 0.0425 + 0.0434) / 3 x 730 = 35.745666..;
        // m5.large's 15-20% band makes the set High risk.
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 40, 30, 8), 70.08m, tolerant: true);

        var option = SpotEvaluator.Evaluate(context, "m5.large", Pools(8), UnitSeries.Always(1), null, Settings);

        Assert.Equal(35.7457m, Math.Round(option.MonthlyCost!.Value, 4));
        Assert.Equal(Risk.High, option.Risk);
    }

    [Fact]
    public void Evaluate_FewerThanThreePools_IsInfeasible()
    {
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 40, 30, 16), 70.08m, tolerant: true);

        var option = SpotEvaluator.Evaluate(context, "m5.large", Pools(16), UnitSeries.Always(1), null, Settings);

        Assert.False(option.Feasible);
        Assert.Contains("only 1 Spot pool(s)", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SpotPriceOlderThanTheMaximumAge_LowersConfidenceAndSaysSo()
    {
        // The test catalog's prices are dated 2026-09-24; judged at 2027-04-01 they are 189 days old (> 180).
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 40, 30, 4), 70.08m, tolerant: true)
            with { PricesNeededAt = new DateOnly(2027, 4, 1) };

        var option = SpotEvaluator.Evaluate(context, "m5.large", Pools(4), UnitSeries.Always(1), null, Settings);

        Assert.Equal(Confidence.Medium, option.Confidence);
        Assert.Contains("Spot price dated 2026-09-24, 189 days old", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ScaledFleet_PaysSpotForEachHoursUnits()
    {
        // 2, 3, 3, 4 units over four observed hours: 12 unit-hours of 4 = 3 units on average for 730 h = 2190
        // unit-hours; at the set's 0.047333.. $/h that is 103.66.
        var context = TestWorkloads.Context(TestWorkloads.Asg("m5.large", 2, 8, 4), TestWorkloads.Steady(2, 40, 30, 4), 300m, tolerant: true);
        var series = new UnitSeries([2, 3, 3, 4], new UnitCount(2, 4, 3), 730);

        var option = SpotEvaluator.Evaluate(context, "m5.large", Pools(4), series, null, Settings);

        Assert.Equal(103.66m, Math.Round(option.MonthlyCost!.Value, 2));
        Assert.Equal(new UnitCount(2, 4, 3), option.Target!.Units);
    }

    [Theory]
    [InlineData("<5%", Risk.Low)]
    [InlineData("5-10%", Risk.Medium)]
    [InlineData("10-15%", Risk.Medium)]
    [InlineData("15-20%", Risk.High)]
    [InlineData(">20%", Risk.High)]
    [InlineData(null, Risk.Medium)]
    public void RiskOf_Band_MapsToRisk(string? band, Risk expected)
    {
        Assert.Equal(expected, SpotEvaluator.RiskOf(band));
    }

    private static List<SpotPool> Pools(double memoryFloorGib) =>
        SpotPools.Similar(TestPrices.Book, TestPrices.Region, TestPrices.Spec("m5.large"), TestPrices.Spec("m5.large"), memoryFloorGib, Settings);
}
