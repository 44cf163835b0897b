using Analyzer.Core.Pricing;

namespace Analyzer.Core.Tests.Pricing;

public sealed class LambdaPriceScheduleTests
{
    private static readonly PriceSource Source = new("test", new DateOnly(2024, 8, 22));

    private static LambdaPriceSchedule UsEast1X86() => new(
        "us-east-1",
        PriceTerms.X86,
        [
            new LambdaRate("us-east-1", PriceTerms.X86, 6_000_000_000m, 0.000015m, 0.2m, Source),
            new LambdaRate("us-east-1", PriceTerms.X86, 0m, 0.0000166667m, 0.2m, Source),
        ]);

    [Fact]
    public void DurationUsd_WithinFirstTier_UsesFirstRate()
    {
        Assert.Equal(16.6667m, UsEast1X86().DurationUsd(1_000_000m));
    }

    [Fact]
    public void DurationUsd_AcrossTiers_ChargesEachSliceAtItsRate()
    {
        // 6e9 GB-s at the first rate plus 1e9 at the second.
        Assert.Equal(100_000.2m + 15_000m, UsEast1X86().DurationUsd(7_000_000_000m));
    }

    [Fact]
    public void RequestsUsd_PerMillion_IsTwentyCents()
    {
        Assert.Equal(0.2m, UsEast1X86().RequestsUsd(1_000_000m));
    }

    [Fact]
    public void Constructor_WithoutTierFromZero_Throws()
    {
        Assert.Throws<ArgumentException>(() => new LambdaPriceSchedule(
            "us-east-1",
            PriceTerms.X86,
            [new LambdaRate("us-east-1", PriceTerms.X86, 10m, 0.1m, 0.2m, Source)]));
    }
}
