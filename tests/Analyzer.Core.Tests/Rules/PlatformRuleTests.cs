using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.Rules;

/// <summary>
/// Platforms and tenancy are priced with their own prices. The Windows and dedicated rows below are test fixtures,
/// chosen apart from the Linux rows so the test can tell which price was used; they are not catalog prices.
/// </summary>
public class PlatformRuleTests
{
    private static readonly PriceSource Fixture = new("test:fixture", new DateOnly(2026, 9, 24));

    private static Workload Windows(string tenancy = Ec2Platforms.SharedTenancy) =>
        TestWorkloads.Ec2("m5.2xlarge", 8, 32) with { Platform = Ec2Platforms.Windows, Tenancy = tenancy };

    private static PriceBook BookWith(params Ec2Price[] extra) =>
        (TestPrices.CatalogRows with { Ec2Prices = [.. TestPrices.CatalogRows.Ec2Prices, .. extra] }).ToBook();

    [Fact]
    public void Evaluate_WindowsWithoutWindowsPrices_LeavesEveryOptionUnpricedAndNeverUsesLinux()
    {
        // Billed 400 USD a month: the basis, since no Windows list price exists (Linux m5.2xlarge would be 0.384 x 730 = 280.32).
        var evaluation = WorkloadEvaluator.Evaluate(Windows(), TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings(), actualMonthlyUsd: 400m);

        var current = evaluation.Options.Single(o => o.Family == OptionFamily.Current);
        Assert.Equal(400m, current.MonthlyCost);
        Assert.StartsWith("actual cost lines (no Windows price for m5.2xlarge in us-east-1", current.Reason, StringComparison.Ordinal);
        Assert.All(
            evaluation.Options.Where(o => o.Family is OptionFamily.Ec2Rightsized or OptionFamily.Graviton or OptionFamily.Ec2Spot or OptionFamily.Fargate or OptionFamily.FargateSpot or OptionFamily.Lambda or OptionFamily.SavingsPlan),
            o => Assert.False(o.Feasible || o.MonthlyCost is not null, o.Option));
        Assert.Equal("Windows does not run on Graviton (arm64)", evaluation.Options.Single(o => o.Family == OptionFamily.Graviton).Reason);
        Assert.StartsWith("no Windows on-demand prices in us-east-1", evaluation.Options.Single(o => o.Family == OptionFamily.Ec2Rightsized).Reason, StringComparison.Ordinal);
        Assert.Equal("Lambda runs Linux only: a Windows workload cannot move to it", evaluation.Options.First(o => o.Family == OptionFamily.Lambda).Reason);
        Assert.Equal("the catalog's Spot prices are Linux/UNIX: none for Windows", evaluation.Options.Single(o => o.Family == OptionFamily.Ec2Spot).Reason);
        Assert.Equal(OptionFamily.Current, evaluation.Recommendation.Chosen.Family);
    }

    [Fact]
    public void Evaluate_WindowsWithoutPriceOrBill_HasNoCurrentCostAndSaysWhy()
    {
        var evaluation = WorkloadEvaluator.Evaluate(Windows(), TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings());

        Assert.StartsWith("no recommendation: current cost unknown (no Windows price for m5.2xlarge in us-east-1", evaluation.Recommendation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WindowsWithWindowsPrices_SizesAgainstWindowsPricesOnly()
    {
        var book = BookWith(
            new Ec2Price(TestPrices.Region, "m5.2xlarge", "on-demand", 0.50m, Fixture) { Platform = Ec2Platforms.Windows },
            new Ec2Price(TestPrices.Region, "m5.large", "on-demand", 0.20m, Fixture) { Platform = Ec2Platforms.Windows },
            new Ec2Price(TestPrices.Region, "t3.large", "on-demand", 0.15m, Fixture) { Platform = Ec2Platforms.Windows });

        var evaluation = WorkloadEvaluator.Evaluate(Windows(), TestWorkloads.Steady(8, 8, 6, 3), book, new AnalysisSettings());

        // Current 0.50 x 730 = 365.00; the Linux pick for this demand is t3.large (WorkloadEvaluatorTests), here at its
        // Windows price 0.15 x 730 = 109.50, saving 365.00 - 109.50 = 255.50.
        Assert.Equal(365.00m, evaluation.Options.Single(o => o.Family == OptionFamily.Current).MonthlyCost);
        Assert.Equal(("ec2-rightsized:t3.large", 109.50m, 255.50m), (evaluation.Recommendation.Chosen.Option, evaluation.Recommendation.Chosen.MonthlyCost, evaluation.Recommendation.Chosen.MonthlySavings));
        Assert.Null(evaluation.Recommendation.Commitment);
    }

    [Fact]
    public void Evaluate_DedicatedLinux_GetsOnlyDedicatedTargets()
    {
        var book = BookWith(
            new Ec2Price(TestPrices.Region, "m5.2xlarge", "on-demand", 0.42m, Fixture) { Tenancy = Ec2Platforms.DedicatedTenancy },
            new Ec2Price(TestPrices.Region, "m5.large", "on-demand", 0.106m, Fixture) { Tenancy = Ec2Platforms.DedicatedTenancy });
        var workload = TestWorkloads.Ec2("m5.2xlarge", 8, 32) with { Tenancy = Ec2Platforms.DedicatedTenancy };

        var evaluation = WorkloadEvaluator.Evaluate(workload, TestWorkloads.Steady(8, 8, 6, 3), book, new AnalysisSettings());

        // Current 0.42 x 730 = 306.60; of the two dedicated types m5.large fits: 0.106 x 730 = 77.38 (the shared
        // t3.large at 60.736 is not a dedicated target).
        Assert.Equal(306.60m, evaluation.Options.Single(o => o.Family == OptionFamily.Current).MonthlyCost);
        Assert.Equal(("ec2-rightsized:m5.large", 77.38m), (evaluation.Recommendation.Chosen.Option, evaluation.Recommendation.Chosen.MonthlyCost));
        Assert.Equal("Fargate runs on shared AWS capacity: it has no dedicated tenancy", evaluation.Options.First(o => o.Family == OptionFamily.Fargate).Reason);
        Assert.Equal("the catalog's Spot prices are for shared tenancy: none for dedicated tenancy", evaluation.Options.Single(o => o.Family == OptionFamily.Ec2Spot).Reason);
    }

    [Fact]
    public void Evaluate_DedicatedHost_IsNotPricedPerInstance()
    {
        var workload = TestWorkloads.Ec2("m5.2xlarge", 8, 32) with { Tenancy = Ec2Platforms.HostTenancy };

        var evaluation = WorkloadEvaluator.Evaluate(workload, TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings());

        Assert.Contains("Dedicated Host, billed per host", evaluation.Recommendation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_WindowsInstance_IsLeftOutOfTheFleetCommitment()
    {
        var option = OptionResult.Priced("current", OptionFamily.Current, 365m, 365m, Risk.VeryLow, Effort.VeryLow, Confidence.High,
            new OptionTarget("m5.2xlarge", "x86_64", 8, 32, null, "on-demand", 730, UnitCount.Fixed(1)));

        Assert.Null(FleetUsageRule.For(Windows(), option, TestPrices.Book));
        Assert.NotNull(FleetUsageRule.For(TestWorkloads.Ec2("m5.2xlarge", 8, 32), option, TestPrices.Book));
    }

    [Theory]
    [InlineData("Red Hat Enterprise Linux", "windows", "Red Hat Enterprise Linux")]
    [InlineData(null, "windows", "Windows")]
    [InlineData(null, null, "Linux/UNIX")]
    [InlineData("  ", null, "Linux/UNIX")]
    public void Platform_FromDescribeInstances_PrefersPlatformDetails(string? details, string? platform, string expected) =>
        Assert.Equal(expected, Ec2Platforms.Platform(details, platform));
}
