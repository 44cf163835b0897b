using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Rules;

public class InstanceGenerationsTests
{
    [Theory]
    [InlineData("t4g.large", "m7g.large", true)]   // Graviton2 under Graviton3
    [InlineData("m7g.large", "t4g.large", false)]
    [InlineData("t3.large", "m5.large", false)]    // both Skylake-class Intel (t3 counts as 5)
    [InlineData("m5.large", "m6i.large", true)]    // older Intel
    [InlineData("m7g.large", "m5.large", false)]   // another vendor: the Graviton option, not a downgrade
    [InlineData("c5.large", "m5.large", false)]
    public void IsDowngrade_OlderGenerationSameVendor_IsRefused(string candidate, string current, bool expected)
    {
        Assert.Equal(expected, InstanceGenerations.IsDowngrade(TestPrices.Spec(candidate), TestPrices.Spec(current)));
    }

    [Fact]
    public void Evaluate_M7gWorkload_NeverGetsAnOlderGraviton()
    {
        // m7g.large at 10% using 2 GiB (2.4 with headroom): t4g.small/medium (Graviton2) would be cheapest, but they are
        // an older generation of the same vendor; c7g.medium's 2 GiB is too little, so m7g.medium (0.0408 $/h).
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m7g.large", 2, 8, "arm64"), TestWorkloads.Steady(2, 10, 5, 2), 0.0816m * 730);

        var option = Ec2Rightsizer.Evaluate(context, TestPrices.Spec("m7g.large"), TestPrices.OnDemandOffers, new Analyzer.Core.Settings.AnalysisSettings(), "arm64");

        Assert.DoesNotContain("t4g", option.Option, StringComparison.Ordinal);
        Assert.Equal("ec2-rightsized:m7g.medium", option.Option);
    }
}
