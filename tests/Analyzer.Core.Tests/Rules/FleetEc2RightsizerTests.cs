using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class FleetEc2RightsizerTests
{
    private static readonly decimal TenM5xlargeMonthly = 10 * 0.192m * 730;

    [Fact]
    public void Evaluate_OverProvisionedTenInstanceGroup_RunsFewerInstances()
    {
        // 10 x m5.xlarge (4 vCPU) peaking at 15%: the fleet needs 10 x 0.6 x 1.2 = 7.2 vCPU. No memory metric, so
        // every unit keeps 16 GiB: m5.xlarge x2 (8 vCPU) at 2 x 0.192 $/h beats r5.large x4 (0.504) and t3.xlarge,
        // whose baseline over 2 units (0.4 x 4 x 2 = 3.2 vCPU) is under the fleet's mean of 4.
        var context = TestWorkloads.Context(TestWorkloads.Asg("m5.xlarge", 4, 16, 10), Fleet(TestWorkloads.Steady(4, 15, 10, null), 10), TenM5xlargeMonthly);

        var option = FleetEc2Rightsizer.Evaluate(context, TestPrices.Spec("m5.xlarge"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.Equal("ec2-rightsized:m5.xlarge", option.Option);
        Assert.Equal(2, option.Target!.Units.Max);
        Assert.Equal(2 * 0.192m * 730, option.MonthlyCost);
        Assert.StartsWith("10 x m5.xlarge → 2 x m5.xlarge", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HotGroup_StatesTheCpuAndMemoryItWasSizedOn()
    {
        // 4 x m5.large peaking at 95% of 2 vCPU: 4 x 1.9 = 7.6 vCPU at the p99.5 hourly peak, +20% = 9.12 vCPU at its
        // busiest; each unit's 6 GiB +20% = 7.2 GiB. The reason says so, beside the average CPU a report shows.
        var context = TestWorkloads.Context(TestWorkloads.Asg("m5.large", 2, 8, 4), Fleet(TestWorkloads.Steady(2, 95, 80, 6), 4), 4 * 0.096m * 730);

        var option = FleetEc2Rightsizer.Evaluate(context, TestPrices.Spec("m5.large"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.Contains("sized on 7.6 vCPU, the fleet's p99.5 hourly peak, +20% = 9.12 vCPU at its busiest, and 7.2 GiB per unit", option.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    public void Evaluate_NearlyIdleGroupThatRanTen_KeepsTheAvailabilityMinimum(int minimum, int expectedUnits)
    {
        // Peak 2% of 10 x 4 vCPU x 1.2 = 0.96 vCPU: one r5.large (2 vCPU, 16 GiB, 0.126 $/h) would do.
        var context = TestWorkloads.Context(TestWorkloads.Asg("m5.xlarge", 4, 16, 10), Fleet(TestWorkloads.Steady(4, 2, 1, null), 10), TenM5xlargeMonthly);
        var settings = new AnalysisSettings { MinimumPooledUnits = minimum };

        var option = FleetEc2Rightsizer.Evaluate(context, TestPrices.Spec("m5.xlarge"), TestPrices.OnDemandOffers, settings, "x86_64");

        Assert.Equal("ec2-rightsized:r5.large", option.Option);
        Assert.Equal(expectedUnits, option.Target!.Units.Max);
        Assert.Equal(expectedUnits * 0.126m * 730, option.MonthlyCost);
    }

    [Fact]
    public void Evaluate_GroupThatRanOneInstance_MayStayAtOne()
    {
        var context = TestWorkloads.Context(TestWorkloads.Asg("m5.xlarge", 4, 16, 1), Fleet(TestWorkloads.Steady(4, 2, 1, null), 1), 0.192m * 730);

        var option = FleetEc2Rightsizer.Evaluate(context, TestPrices.Spec("m5.xlarge"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.Equal(1, option.Target!.Units.Max);
    }

    [Fact]
    public void Evaluate_HotGroup_AddsInstancesRatherThanBiggerOnes()
    {
        // 4 x m5.large (2 vCPU, 8 GiB) at 95%: each needs 2.28 vCPU, so today's size is under-provisioned. The fleet
        // needs 4 x 1.9 x 1.2 = 9.12 vCPU and, with 6 GiB used per unit, 7.2 GiB per unit: m5.large x5 (10 vCPU,
        // 0.48 $/h) beats m5.xlarge x3 (0.576) and c5.xlarge, which needs 4 for the memory (0.68).
        var context = TestWorkloads.Context(TestWorkloads.Asg("m5.large", 2, 8, 4), Fleet(TestWorkloads.Steady(2, 95, 80, 6), 4), 4 * 0.096m * 730);

        var option = FleetEc2Rightsizer.Evaluate(context, TestPrices.Spec("m5.large"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.Equal("ec2-rightsized:m5.large", option.Option);
        Assert.Equal(5, option.Target!.Units.Max);
        Assert.True(option.FixesUnderProvisioning);
        Assert.StartsWith("4 x m5.large → 5 x m5.large", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SizeFor_ScalingFleetWithoutHourlySeries_KeepsTodaysMeanToPeakShape()
    {
        // Today 2 to 8 units, 4 on average. 10 vCPU of 2-vCPU units is 5 at peak and 5 x 4/8 = 2.5 on average,
        // never under the quiet floor of 2.
        var profile = TestWorkloads.Steady(2, 50, 30, null) with { RunningCountMin = 2, RunningCountMean = 4, RunningCountMax = 8 };
        var fleet = FleetRequirement.From(TestWorkloads.Context(TestWorkloads.Asg("m5.large", 2, 8, 2), profile, 1m), new AnalysisSettings(), 2, 8);

        var size = (fleet with { TotalVcpu = 10 }).SizeFor(2, 8)!;

        Assert.Equal(5, size.PeakUnits);
        Assert.Equal(new UnitCount(2, 5, 2.5), size.Series.Units);
    }

    [Fact]
    public void SizeFor_ScaledFleetHourlySeries_RunsTheWholeUnitsEachHourNeeds()
    {
        // Six hours of a fleet running 2, 4, 8, 8, 4, 2 units of 2 vCPU at 50% each hour's peak: the fleet peaks at
        // 2, 4, 8, 8, 4, 2 vCPU; x 1.2 headroom = 2.4, 4.8, 9.6, 9.6, 4.8, 2.4. On 4-vCPU units that is
        // ceil(0.6, 1.2, 2.4, 2.4, 1.2, 0.6) = 1, 2, 3, 3, 2, 1, raised to the quiet floor of 2 (it always ran 2 or more):
        // 2, 2, 3, 3, 2, 2 = 14 unit-hours over 6 hours, 2.33 on average, 730 h a month.
        var start = new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);
        int[] running = [2, 4, 8, 8, 4, 2];
        var hours = running.Select((n, i) => new DemandHour(start.AddHours(i), 1.0, 0.8, n, true)).ToArray();
        var profile = TestWorkloads.Steady(2, 50, 40, null) with
        {
            RunningCountMin = 2, RunningCountMean = 28 / 6.0, RunningCountMax = 8, FleetCpuMaxVcpu = 8, FleetCpuP995Vcpu = 8, Hours = hours,
        };
        var fleet = FleetRequirement.From(TestWorkloads.Context(TestWorkloads.Asg("m5.large", 2, 8, 2), profile, 1m), new AnalysisSettings(), 2, 8);

        var size = fleet.SizeFor(4, 16)!;

        Assert.Equal(3, size.PeakUnits); // ceil(8 x 1.2 / 4) = ceil(2.4)
        Assert.Equal([2, 2, 3, 3, 2, 2], size.Series.Hourly);
        Assert.Equal(new UnitCount(2, 3, 14 / 6.0), size.Series.Units);
        Assert.Equal(730, size.Series.MonthlyHours);
        Assert.Equal("2-3 x m5.xlarge (avg 2.3)", size.Series.Units.Times("m5.xlarge"));
    }

    [Fact]
    public void SizeFor_ProductionFleet_NeverHalvesInOneStep()
    {
        // A prod fleet that ran 6 at peak keeps more than half: at least floor(6 / 2) + 1 = 4 units, though 2 would cover it.
        var workload = TestWorkloads.Asg("m5.xlarge", 4, 16, 6) with { Tags = new Dictionary<string, string> { ["env"] = "prod" } };
        var context = TestWorkloads.Context(workload, Fleet(TestWorkloads.Steady(4, 10, 5, null), 6), 6 * 0.192m * 730);

        var balanced = FleetRequirement.From(context, new AnalysisSettings(), 4, 16).SizeFor(4, 16)!;
        var aggressive = FleetRequirement.From(context, new AnalysisSettings { RiskAppetite = RiskAppetite.Aggressive }, 4, 16).SizeFor(4, 16)!;

        Assert.Equal(4, balanced.PeakUnits);
        Assert.Equal(2, aggressive.PeakUnits);
    }

    [Fact]
    public void Evaluate_FleetWithMemoryMetric_SizesMemoryPerUnitNotPooled()
    {
        // 5 x m5.xlarge whose processes each use at most 6 GiB: every unit needs 6 x 1.2 = 7.2 GiB whatever the count
        // (pooled, 5 x 7.2 = 36 GiB would have forced 5 x m5.large). CPU: 5 x 4 x 20% x 1.2 = 4.8 vCPU. m5.large
        // (2 vCPU, 8 GiB) needs ceil(4.8 / 2) = 3: 3 x 0.096 = 0.288 $/h, tied with m6i.large and won on the name;
        // c5.xlarge x2 costs 0.34, c5.large's 4 GiB is under the floor, t3 is an older generation than m5.
        // 3 x 0.096 x 730 = 210.24. Running 3 instead of 5 raises the risk from Low to Medium.
        var context = TestWorkloads.Context(TestWorkloads.Asg("m5.xlarge", 4, 16, 5), Fleet(TestWorkloads.Steady(4, 20, 10, 6), 5), 5 * 0.192m * 730);

        var option = FleetEc2Rightsizer.Evaluate(context, TestPrices.Spec("m5.xlarge"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.Equal("ec2-rightsized:m5.large", option.Option);
        Assert.Equal(UnitCount.Fixed(3), option.Target!.Units);
        Assert.Equal(210.24m, option.MonthlyCost);
        Assert.Equal(Risk.Medium, option.Risk);
        Assert.True(option.Target.Change!.Reduces);
    }

    private static DemandProfile Fleet(DemandProfile profile, int units) =>
        profile with { RunningCountMin = units, RunningCountMean = units, RunningCountMax = units };
}
