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
        Assert.Equal(2, option.Target!.Units);
        Assert.Equal(2 * 0.192m * 730, option.MonthlyCost);
        Assert.StartsWith("10 → 2 instances of m5.xlarge", option.Reason, StringComparison.Ordinal);
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
        Assert.Equal(expectedUnits, option.Target!.Units);
        Assert.Equal(expectedUnits * 0.126m * 730, option.MonthlyCost);
    }

    [Fact]
    public void Evaluate_GroupThatRanOneInstance_MayStayAtOne()
    {
        var context = TestWorkloads.Context(TestWorkloads.Asg("m5.xlarge", 4, 16, 1), Fleet(TestWorkloads.Steady(4, 2, 1, null), 1), 0.192m * 730);

        var option = FleetEc2Rightsizer.Evaluate(context, TestPrices.Spec("m5.xlarge"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.Equal(1, option.Target!.Units);
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
        Assert.Equal(5, option.Target!.Units);
        Assert.True(option.FixesUnderProvisioning);
        Assert.StartsWith("4 → 5 instances of m5.large", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SizeFor_ScalingFleet_KeepsTodaysMeanToPeakShape()
    {
        // Today 2 to 8 units, 4 on average. 10 vCPU of 2-vCPU units is 5 at peak and 5 x 4/8 = 2.5 on average.
        var profile = TestWorkloads.Steady(2, 50, 30, null) with { RunningCountMin = 2, RunningCountMean = 4, RunningCountMax = 8 };
        var fleet = FleetRequirement.From(TestWorkloads.Context(TestWorkloads.Asg("m5.large", 2, 8, 2), profile, 1m), new AnalysisSettings(), 2, 8);

        var size = fleet with { TotalVcpu = 10 };

        Assert.Equal(new FleetSize(5, 2.5), size.SizeFor(2, 8));
    }

    private static DemandProfile Fleet(DemandProfile profile, int units) =>
        profile with { RunningCountMin = units, RunningCountMean = units, RunningCountMax = units };
}
