using Analyzer.Core.Lightsail;

namespace Analyzer.Core.Tests.Lightsail;

public sealed class LightsailAdvisorTests
{
    // m5.large on demand in us-east-1: 0.096 x 730 = 70.08 a month.
    private const decimal M5Large = 70.08m;

    [Fact]
    public void Advise_SmallSteadyInstanceWithAMemoryMetric_OffersTheCheapestBundleItFits()
    {
        // Needs 0.5 x 1.2 = 0.6 vCPU at peak, 0.2 vCPU sustained and 2.5 x 1.2 = 3 GB: Micro-1GB (10% of 2 vCPU =
        // 0.2 sustained) lacks memory, Small-2GB too; Medium-4GB (20% of 2 = 0.4) fits at 24.00: saves 46.08.
        var finding = Assert.Single(LightsailAdvisor.Advise([Candidate("i-a", memoryMax: 2.5)], LightsailCatalog.Bundles, 0.2, 0.2));

        Assert.Equal(("Medium-4GB", 24m, 46.08m), (finding.Bundle.BundleName, finding.Bundle.UsdPerMonth, finding.MonthlySavingsUsd));
        Assert.Contains("no Auto Scaling", finding.Advice, StringComparison.Ordinal);
        Assert.Contains("limited AWS integration", finding.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_WithoutAMemoryMetric_KeepsTodaysMemory()
    {
        // 8 GB as today: Large-8GB at 44.00 (30% of 2 vCPU = 0.6 sustained covers 0.2): saves 70.08 - 44 = 26.08.
        var finding = Assert.Single(LightsailAdvisor.Advise([Candidate("i-b", memoryMax: null)], LightsailCatalog.Bundles, 0.2, 0.2));

        Assert.Equal(("Large-8GB", 26.08m), (finding.Bundle.BundleName, finding.MonthlySavingsUsd));
    }

    [Fact]
    public void Advise_OutsideTheCatalogsRegionOrNotSteadyOrManaged_OffersNothing()
    {
        LightsailCandidate[] candidates =
        [
            Candidate("i-eu", memoryMax: 2.5) with { Region = "eu-west-1" },
            Candidate("i-office", memoryMax: 2.5) with { Shape = "business-hours" },
            Candidate("i-idle", memoryMax: 2.5) with { Shape = "idle" },
            Candidate("i-part", memoryMax: 2.5) with { CoveragePercent = 80 },
            Candidate("i-node", memoryMax: 2.5) with { Tags = new Dictionary<string, string> { ["karpenter.sh/nodepool"] = "general" } },
        ];

        Assert.Empty(LightsailAdvisor.Advise(candidates, LightsailCatalog.Bundles, 0.2, 0.2));
    }

    [Fact]
    public void Advise_WhenTheEc2RecommendationIsCheaper_OffersNothing()
    {
        // Rightsized to t3.medium at 30.37 a month: Medium-4GB at 24.00 saves 6.37 beyond it, still offered; at 24.50, 0.50: not.
        var finding = Assert.Single(LightsailAdvisor.Advise([Candidate("i-a", memoryMax: 2.5) with { RecommendedMonthlyCost = 30.37m }], LightsailCatalog.Bundles, 0.2, 0.2));
        Assert.Equal((6.37m, 46.08m), (finding.MonthlySavingsUsd, finding.MonthlySavingsVsTodayUsd));

        Assert.Empty(LightsailAdvisor.Advise([Candidate("i-a", memoryMax: 2.5) with { RecommendedMonthlyCost = 24.50m }], LightsailCatalog.Bundles, 0.2, 0.2));
    }

    [Fact]
    public void Advise_WhenOnlyABundleDearerThanTodayFits_OffersNothing()
    {
        // 0.9 vCPU sustained: 2-vCPU bundles sustain at most 30% x 2 = 0.6; Xlarge-16GB (40% of 4 = 1.6) costs 84.00 > 70.08.
        Assert.Empty(LightsailAdvisor.Advise([Candidate("i-busy", memoryMax: 2.5) with { CpuMeanVcpu = 0.9 }], LightsailCatalog.Bundles, 0.2, 0.2));
    }

    private static LightsailCandidate Candidate(string id, double? memoryMax) =>
        new(id, id, "111111111111", "us-east-1", "m5.large", 2, 8, "flat", 100, 0.2, 0.5, memoryMax, M5Large, new Dictionary<string, string>());
}
