using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Rules;

public class FargateTaskSizerTests
{
    [Fact]
    public void ValidSizes_MatchTheEcsTable_CountPerCpu()
    {
        var counts = FargateTaskSizer.ValidSizes.GroupBy(s => s.Vcpu).ToDictionary(g => g.Key, g => g.Count());

        // 0.25: 3; 0.5: 1-4 (4); 1: 2-8 (7); 2: 4-16 (13); 4: 8-30 (23); 8: 16-60 by 4 (12); 16: 32-120 by 8 (12).
        Assert.Equal(new Dictionary<decimal, int> { [0.25m] = 3, [0.5m] = 4, [1m] = 7, [2m] = 13, [4m] = 23, [8m] = 12, [16m] = 12 }, counts);
    }

    [Theory]
    [InlineData(0.2, 0.4, 0.25, 0.5)]
    [InlineData(0.25, 1.5, 0.25, 2)]
    [InlineData(0.3, 0.5, 0.5, 1)]
    [InlineData(1, 2, 1, 2)]
    [InlineData(0.9, 9, 2, 9)]
    [InlineData(3, 31, 8, 32)]
    [InlineData(8, 61, 16, 64)]
    [InlineData(16, 120, 16, 120)]
    public void Smallest_WithX86Rates_ReturnsCheapestValidCoveringSize(double vcpu, double gb, double expectedVcpu, double expectedGb)
    {
        var size = FargateTaskSizer.Smallest(vcpu, gb, 0.04048m, 0.004445m);

        Assert.NotNull(size);
        Assert.Equal((decimal)expectedVcpu, size.Vcpu);
        Assert.Equal((decimal)expectedGb, size.MemoryGb);
    }

    [Theory]
    [InlineData(16.5, 32)]
    [InlineData(4, 121)]
    public void Smallest_BeyondTheLargestTask_ReturnsNull(double vcpu, double gb)
    {
        Assert.Null(FargateTaskSizer.Smallest(vcpu, gb, 0.04048m, 0.004445m));
    }
}
