using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.WhatIf;

namespace Analyzer.Core.Tests.WhatIf;

public class PriceScaleTests
{
    private static decimal Ec2(PriceCatalogRows rows, string type, string capacity) =>
        rows.Ec2Prices.Single(p => p.InstanceType == type && p.Capacity == capacity).UsdPerHour;

    [Fact]
    public void Apply_SpotTimesOnePointThree_ScalesSpotPricesOnly()
    {
        var rows = new PriceScale(Ec2Spot: 1.3m).Apply(TestPrices.CatalogRows);

        // m5.large: Spot 0.0434 x 1.3 = 0.05642; on demand stays 0.096.
        Assert.Equal((0.05642m, 0.096m), (Ec2(rows, "m5.large", "spot"), Ec2(rows, "m5.large", "on-demand")));
    }

    [Fact]
    public void Apply_SpotAndOnDemandScaled_RecomputesTheAdvisorEstimate()
    {
        // m5.large's Spot Advisor saving is 66%: estimated Spot = 0.096 x 0.34 = 0.03264. Spot x1.3, on demand x2:
        // 0.03264 x 1.3 = 0.042432 against 0.192 on demand, a saving of 1 - 0.042432 / 0.192 = 77.9%.
        var rows = new PriceScale(Ec2: 2m, Ec2Spot: 1.3m).Apply(TestPrices.CatalogRows);

        Assert.Equal(77.9m, rows.SpotAdvice.Single(a => a.InstanceType == "m5.large").SavingsPercent);
    }

    [Fact]
    public void Apply_FargateSpotAndCommitments_ScaleTheirOwnRates()
    {
        var rows = new PriceScale(FargateSpot: 1.3m, Commitments: 0.5m).Apply(TestPrices.CatalogRows);

        // Fargate Spot x86: 0.01264355 x 1.3 = 0.016436615 per vCPU-hour; on demand stays 0.04048. m5.large 3y all: 0.044 x 0.5.
        Assert.Equal(0.016436615m, rows.FargateRates.Single(f => f.Architecture == "x86_64" && f.Capacity == "spot").UsdPerVcpuHour);
        Assert.Equal(0.04048m, rows.FargateRates.Single(f => f.Architecture == "x86_64" && f.Capacity == "on-demand").UsdPerVcpuHour);
        Assert.Equal(0.022m, rows.CommitmentRates.Single(c => c.InstanceType == "m5.large" && c.TermYears == 3 && c.Payment == "all").EffectiveUsdPerHour);
    }

    [Fact]
    public void Evaluate_SpotTimesOnePointThree_SpotOptionCostsOnePointThreeTimesAsMuch()
    {
        // Every Spot price scales alike, so the same pools are chosen and their average price is 1.3 times as high.
        var workload = TestWorkloads.Ec2("m5.xlarge", 4, 16, tags: new Dictionary<string, string> { ["spot-ok"] = "true" });
        var profile = TestWorkloads.Steady(4, 40, 30, 6);
        var settings = new AnalysisSettings { RiskAppetite = RiskAppetite.Aggressive };
        static decimal Spot(WorkloadEvaluation e) => e.Options.Single(o => o.Family == OptionFamily.Ec2Spot && o.Feasible).MonthlyCost!.Value;

        var before = WorkloadEvaluator.Evaluate(workload, profile, TestPrices.Book, settings);
        var after = WorkloadEvaluator.Evaluate(workload, profile, new PriceScale(Ec2Spot: 1.3m).Apply(TestPrices.CatalogRows).ToBook(), settings);

        Assert.Equal(Math.Round(Spot(before) * 1.3m, 6), Math.Round(Spot(after), 6));
    }
}
