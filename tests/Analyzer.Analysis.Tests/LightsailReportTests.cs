using Analyzer.Analysis.Reporting;
using Analyzer.Core.Options;
using Analyzer.Core.Settings;

namespace Analyzer.Analysis.Tests;

/// <summary>The fortnight's instances judged for Lightsail in the report model.</summary>
public sealed class LightsailReportTests : IDisposable
{
    private readonly EngineStore store = new();

    public LightsailReportTests()
    {
        store.LoadFortnight();
        using var connection = store.Store.Connect();
        TestCatalog.Insert(connection);
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void Build_SteadySmallInstanceWhereOnlyLightsailIsAllowed_IsRecommendedTheBundleItsSustainedCpuNeeds()
    {
        // Only "current" and "lightsail" allowed: staying on EC2 is i-steady as it is (m5.2xlarge, 0.384 x 730 = 280.32 a month).
        var run = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings { AllowedOptions = new HashSet<OptionFamily> { OptionFamily.Current, OptionFamily.Lightsail } });

        var model = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!;

        // i-steady (8 vCPU, 32 GiB) runs every hour at 6% = 0.48 vCPU on average, peaks 8% = 0.64 vCPU (x 1.2 = 0.77)
        // and 3 GiB of memory (x 1.2 = 3.6): the 2-vCPU bundles sustain 5/10/20/20/30% x 2 = 0.1, 0.2, 0.4, 0.4 and
        // 0.6 vCPU, so Large-8GB (44.00) is the cheapest that fits: 280.32 - 44 = 236.32. i-batch runs nightly: not offered.
        var finding = Assert.Single(model.Lightsail);
        Assert.Equal(("i-steady", "Large-8GB", 280.32m, 236.32m), (finding.Candidate.WorkloadId, finding.Bundle.BundleName, finding.Candidate.CurrentMonthlyCost, finding.MonthlySavingsUsd));
        var chosen = model.Workloads.Single(w => w.WorkloadId == "i-steady").Recommended!;
        Assert.Equal((OptionFamily.Lightsail, 44m, "Lightsail Large-8GB (2 vCPU / 8 GB)"), (chosen.Family, chosen.MonthlyCost, chosen.Configuration));
    }

    [Fact]
    public void Build_WhenTheEc2AdviceIsCheaperThanAnyBundle_OffersNoLightsail()
    {
        var run = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());

        var model = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!;

        // The engine finds an option for i-steady below the 44.00 of the cheapest bundle that fits it, so Lightsail is
        // priced but not a candidate, with the reason.
        var steady = model.Workloads.Single(w => w.WorkloadId == "i-steady");
        Assert.True(steady.RecommendedMonthlyCost < 44m);
        var lightsail = steady.Options.Single(o => o.Family == OptionFamily.Lightsail);
        Assert.Equal((false, 44m), (lightsail.Feasible, lightsail.MonthlyCost));
        Assert.Contains("USD a month more than", lightsail.Rationale, StringComparison.Ordinal);
        Assert.Empty(model.Lightsail);
    }
}
