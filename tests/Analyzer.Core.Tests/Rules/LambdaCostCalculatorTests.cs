using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Rules;

public class LambdaCostCalculatorTests
{
    [Fact]
    public void Monthly_ThreeMillion120MsAt512MbX86_Is3DollarsDurationAnd60CentsRequests()
    {
        // 3,000,000 x 0.12 s x 0.5 GB = 180,000 GB-s x 0.0000166667 = 3.000006; 3 x 0.20 = 0.60.
        var cost = LambdaCostCalculator.Monthly(3_000_000m, 120m, 512, TestPrices.LambdaX86);

        Assert.Equal(180_000m, cost.GbSeconds);
        Assert.Equal(3.00m, Math.Round(cost.DurationUsd, 2));
        Assert.Equal(0.60m, cost.RequestUsd);
        Assert.Equal(3.60m, Math.Round(cost.TotalUsd, 2));
    }

    [Fact]
    public void Monthly_ThreeMillion120MsAt512Mb_FreeTierShownApart()
    {
        // 180,000 GB-s all inside the 400,000 free: 3.000006; 1M free requests: 0.20.
        var cost = LambdaCostCalculator.Monthly(3_000_000m, 120m, 512, TestPrices.LambdaX86);

        Assert.Equal(3.20m, Math.Round(cost.FreeTierUsd, 2));
    }

    [Fact]
    public void Monthly_OnArm_UsesArmRate()
    {
        // 180,000 x 0.0000133334 = 2.400012.
        var cost = LambdaCostCalculator.Monthly(3_000_000m, 120m, 512, TestPrices.LambdaArm);

        Assert.Equal(2.400012m, cost.DurationUsd);
    }

    [Fact]
    public void Monthly_AboveFirstTier_ChargesSecondTierRateOnTheExcess()
    {
        // 8e9 GB-s: 6e9 x 0.0000166667 = 100,000.2 plus 2e9 x 0.000015 = 30,000.
        var cost = LambdaCostCalculator.Monthly(8_000_000_000m, 1000m, 1024, TestPrices.LambdaX86);

        Assert.Equal(130_000.2m, cost.DurationUsd);
    }

    [Fact]
    public void Monthly_FractionalMilliseconds_RoundUpToWholeMs()
    {
        var cost = LambdaCostCalculator.Monthly(1_000m, 99.2m, 1024, TestPrices.LambdaX86);

        Assert.Equal(100m, cost.GbSeconds);
    }
}
