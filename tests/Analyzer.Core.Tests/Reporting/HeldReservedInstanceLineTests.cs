using Analyzer.Core.Reporting;

namespace Analyzer.Core.Tests.Reporting;

public class HeldReservedInstanceLineTests
{
    private static HeldReservedInstanceLine Line(string offeringClass, decimal coveredToday, decimal coveredAfter, bool applied = true) =>
        new("111111111111", "ri-m5", "us-east-1", "m5.xlarge", 8, "Region", string.Empty, offeringClass, "No Upfront", "Linux/UNIX", "default",
            applied, "us-east-1 m5, any size (regional: size-flexible by normalization factor)", 1.536m, coveredAfter, coveredToday,
            new DateOnly(2027, 1, 15), true)
        {
            MonthlyFeeUsd = 706.64m,
        };

    [Fact]
    public void MonthlyStrandedUsd_RightsizingMovesTheUsageOff_IsTheCoverageLost()
    {
        // 8 x m5.xlarge at $0.192 on demand cover 1.536 x 730 = $1,121.28/month today; the recommended fleet keeps $300
        // of m5 on it: 1,121.28 - 300 = $821.28/month of coverage lost. Its fee (8 x 0.121 x 730 = $706.64) is paid on
        // both sides, so it is not part of the difference.
        var line = Line("standard", 1121.28m, 300m);

        Assert.Equal(821.28m, line.MonthlyStrandedUsd);
        Assert.Equal(
            "stranded by the rightsizing: it covers $1,121.28/month of today's fleet and $300.00/month of the recommended one (what still runs m5 in us-east-1 there takes it first); its fee, $706.64/month, is paid until 2027-01-15 either way, so the workloads moved off it save $821.28/month less until 2027-01-15 than their on-demand prices say. Move them before then only where they save more than that, else at its end, or sell its remaining term on the Reserved Instance Marketplace (a Standard RI cannot be exchanged for another family).",
            line.Advice);
    }

    [Fact]
    public void Advice_ConvertibleRi_SaysToExchangeIt() =>
        Assert.EndsWith("or exchange it for the family they move to (a Convertible RI can be exchanged).", Line("convertible", 1121.28m, 0m).Advice, StringComparison.Ordinal);

    [Theory]
    [InlineData(280.32, 280.32, true)]
    [InlineData(100, 280.32, true)]
    [InlineData(1121.28, 0, false)]
    public void MonthlyStrandedUsd_NoCoverageLostOrNotApplied_IsZeroWithNoAdvice(double today, double after, bool applied)
    {
        var line = Line("standard", (decimal)today, (decimal)after, applied);

        Assert.Equal((0m, string.Empty), (line.MonthlyStrandedUsd, line.Advice));
    }

    [Theory]
    [InlineData(24, 3200.50, " (24 workload(s) saving $3,200.50/month on demand: $2,079.22/month net until then). Moving them now still pays, or sell")]
    [InlineData(3, 900, " (3 workload(s) saving $900.00/month on demand: -$221.28/month net until then). Move them at its end (moving now costs more than it saves until then), or sell")]
    public void Advice_WorkloadsMovedOff_WeighsTheirSavingsAgainstTheCoverageLost(int moved, double savings, string expected)
    {
        // Coverage lost 1,121.28 - 0 = 1,121.28: 3,200.50 - 1,121.28 = 2,079.22 still saved by moving now; 900 - 1,121.28 = -221.28.
        var line = Line("standard", 1121.28m, 0m) with { MovedWorkloads = moved, MovedMonthlySavingsUsd = (decimal)savings };

        Assert.Contains(expected, line.Advice, StringComparison.Ordinal);
    }
}
