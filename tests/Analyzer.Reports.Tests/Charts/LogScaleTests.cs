using Analyzer.Reports.Charts;

namespace Analyzer.Reports.Tests.Charts;

public sealed class LogScaleTests
{
    [Fact]
    public void Ticks_ThreeDecades_HasOneTwoFiveStepsFromBelowMinToAboveMax()
    {
        // 450..10,350 workloads: log10 spans 2.65..4.01, decades 10^2..10^5, 1-2-5 steps; trimmed to the last tick at or
        // below 450 (200) and the first at or above 10,350 (20,000).
        var ticks = LogScale.Ticks(450, 10_350);

        Assert.Equal([200, 500, 1_000, 2_000, 5_000, 10_000, 20_000], ticks);
    }

    [Fact]
    public void Ticks_FourDecadesOrMore_HasPowersOfTenOnly()
    {
        // 0.3 s..204 s: decades 10^-1..10^3, more than three, so powers of ten alone.
        var ticks = LogScale.Ticks(0.3, 204);

        Assert.Equal([0.1, 1, 10, 100, 1_000], ticks);
    }

    [Fact]
    public void Ticks_ValuesOnPowersOfTen_StartAndEndOnThem()
    {
        Assert.Equal([10, 20, 50, 100], LogScale.Ticks(10, 100));
    }

    [Fact]
    public void Ticks_ZeroOrNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LogScale.Ticks(0, 10));
    }
}
