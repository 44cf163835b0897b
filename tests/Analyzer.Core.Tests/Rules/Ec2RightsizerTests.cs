using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class Ec2RightsizerTests
{
    private static readonly decimal M52xlargeMonthly = 0.384m * 730;

    [Fact]
    public void Evaluate_SteadyM52xlargeAt8PctWith3GibMax_PicksT3LargeCheapestCovering()
    {
        // Need 8 x 0.08 x 1.2 = 0.768 vCPU and 3 x 1.2 = 3.6 GiB. Mean 6% = 0.48 vCPU: t3.medium's baseline
        // (20% x 2 = 0.4) is too low, t3.large's (30% x 2 = 0.6) is enough; at 0.0832 $/h it beats c5.large 0.085.
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.2xlarge", 8, 32), TestWorkloads.Steady(8, 8, 6, 3), M52xlargeMonthly);

        var option = Ec2Rightsizer.Evaluate(context, TestPrices.Spec("m5.2xlarge"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.Equal("ec2-rightsized:t3.large", option.Option);
        Assert.Equal(60.736m, option.MonthlyCost);
        Assert.Equal(219.584m, option.MonthlySavings);
    }

    [Fact]
    public void Evaluate_CheapestCoveringFamilyExcluded_PicksNextCheapestAllowedType()
    {
        // As above, t3.large (0.0832 $/h) would win; with t3 excluded, c5.large (0.085 $/h) is the cheapest that covers.
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.2xlarge", 8, 32), TestWorkloads.Steady(8, 8, 6, 3), M52xlargeMonthly);
        var settings = new AnalysisSettings { ExcludedInstanceFamilies = ["t3"] };

        var option = Ec2Rightsizer.Evaluate(context, TestPrices.Spec("m5.2xlarge"), TestPrices.OnDemandOffers, settings, "x86_64");

        Assert.Equal("ec2-rightsized:c5.large", option.Option);
        Assert.Equal(0.085m * 730, option.MonthlyCost);
    }

    [Theory]
    [InlineData("a1")]
    [InlineData("m4")]
    [InlineData("t2")]
    public void Defaults_ExcludePreviousGenerationFamilies(string family)
    {
        Assert.Contains(family, new AnalysisSettings().ExcludedInstanceFamilies);
    }

    [Fact]
    public void Evaluate_MeanUnderSmallerBaseline_PicksT3Medium()
    {
        // Mean 4% = 0.32 vCPU fits t3.medium's 0.4 baseline; 4 GiB covers 3.6.
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.2xlarge", 8, 32), TestWorkloads.Steady(8, 8, 4, 3), M52xlargeMonthly);

        var option = Ec2Rightsizer.Evaluate(context, TestPrices.Spec("m5.2xlarge"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.Equal("ec2-rightsized:t3.medium", option.Option);
        Assert.Equal(0.0416m * 730, option.MonthlyCost);
    }

    [Fact]
    public void Evaluate_NoMemoryMetric_NeverShrinksMemory()
    {
        // Without memory, 32 GiB stays the floor: cheapest x86 with >= 32 GiB here is m5.2xlarge itself.
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.2xlarge", 8, 32), TestWorkloads.Steady(8, 8, 6, null), M52xlargeMonthly);

        var option = Ec2Rightsizer.Evaluate(context, TestPrices.Spec("m5.2xlarge"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.Equal(32.0, option.Target!.MemoryGib);
        Assert.Equal(0m, option.MonthlySavings);
        Assert.Contains("no memory metric", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Graviton_PicksArmTypeWithMediumEffort()
    {
        // arm64 covering 0.768 vCPU / 3.6 GiB with mean 0.48: t4g.medium baseline 0.4 too low; m7g.medium 0.0408.
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.2xlarge", 8, 32), TestWorkloads.Steady(8, 8, 6, 3), M52xlargeMonthly);

        var option = Ec2Rightsizer.Evaluate(context, TestPrices.Spec("m5.2xlarge"), TestPrices.OnDemandOffers, new AnalysisSettings(), "arm64");

        Assert.Equal("graviton:m7g.medium", option.Option);
        Assert.Equal(OptionFamily.Graviton, option.Family);
        Assert.Equal(Effort.Medium, option.Effort);
        Assert.Equal(29.784m, option.MonthlyCost);
    }

    [Theory]
    [InlineData(CpuPercentile.P90, 0, "t3.medium")]
    [InlineData(CpuPercentile.P99_5, 20, "t3.medium")]
    [InlineData(CpuPercentile.P99_5, 30, "t3.xlarge")]
    public void Evaluate_PercentileAndHeadroom_ChangeTheRequirement(CpuPercentile percentile, double headroom, string expected)
    {
        // p90 = 1.0 vCPU, p99.5 = 1.6 vCPU; memory 3 GiB (no headroom); mean 0.3 vCPU.
        // P90+0%: 1.0 -> 2 vCPU. P99.5+20%: 1.92 -> 2 vCPU. P99.5+30%: 2.08 -> 4 vCPU, t3.xlarge 0.1664 < c5.xlarge 0.17.
        var profile = TestWorkloads.Steady(4, 50, 7.5, 3) with { CpuP90Vcpu = 1.0, CpuP995Vcpu = 1.6 };
        var settings = new AnalysisSettings { CpuPercentile = percentile, CpuHeadroomPercent = headroom, MemoryHeadroomPercent = 0 };
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.xlarge", 4, 16), profile, 0.192m * 730);

        var option = Ec2Rightsizer.Evaluate(context, TestPrices.Spec("m5.xlarge"), TestPrices.OnDemandOffers, settings, "x86_64");

        Assert.Equal($"ec2-rightsized:{expected}", option.Option);
    }

    [Fact]
    public void Evaluate_UnderProvisioned_RecommendsLargerAndFlagsIt()
    {
        // m5.large at 100% peak: need 2.4 vCPU -> a 4-vCPU type; t3.xlarge baseline 1.6 covers mean 1.4 at 0.1664.
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 100, 70, 6), 0.096m * 730);

        var option = Ec2Rightsizer.Evaluate(context, TestPrices.Spec("m5.large"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.Equal("ec2-rightsized:t3.xlarge", option.Option);
        Assert.True(option.FixesUnderProvisioning);
        Assert.True(option.MonthlySavings < 0);
    }

    [Fact]
    public void Evaluate_TooFewHours_IsInfeasible()
    {
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 10, 5, 2, hours: 20), 70m);

        var option = Ec2Rightsizer.Evaluate(context, TestPrices.Spec("m5.large"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");

        Assert.False(option.Feasible);
        Assert.Equal("only 20 hours of data; need 30", option.Reason);
    }
}
