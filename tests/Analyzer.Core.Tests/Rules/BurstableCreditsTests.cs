using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class BurstableCreditsTests
{
    [Fact]
    public void SurplusVcpuHours_TwoHoursAboveBaseline_CountsWhatTheBankDoesNotCover()
    {
        // t4g.large earns 2 x 30% = 0.6 vCPU-hours of credit an hour and starts empty:
        // h1 0.6 - 0.2 = 0.4 banked; h2 1.0 - 0.2 = 0.8; h3 1.4 - 2.0 = 0.6 surplus; h4 0.6 - 2.0 = 1.4 surplus; h5 0.4 banked.
        var surplus = BurstableCredits.SurplusVcpuHours([0.2, 0.2, 2.0, 2.0, 0.2], 0.6);

        Assert.Equal(2.0, surplus, 9);
        Assert.Equal(2, BurstableCredits.LongestRunAboveBaseline([0.2, 0.2, 2.0, 2.0, 0.2], 0.6));
    }

    [Fact]
    public void MonthlySurplusUsd_T4gLarge_PricesSurplusAtFourCentsPerVcpuHour()
    {
        // 2.0 surplus vCPU-hours in 5 observed hours = 292 a 730-hour month x 0.04 USD = 11.68 per unit.
        var usd = BurstableCredits.MonthlySurplusUsd(TestPrices.Spec("t4g.large"), [0.2, 0.2, 2.0, 2.0, 0.2], 1);

        Assert.Equal(11.68m, Math.Round(usd, 2));
    }

    [Theory]
    [InlineData(true, DemandShape.Variable, "fleet that scales out")]
    [InlineData(false, DemandShape.NightlyBatch, "nightly batch")]
    public void Refusal_ScalingFleetOrNightlyBatch_NeverBurstable(bool scalingFleet, DemandShape shape, string why)
    {
        var refusal = BurstableCredits.Refusal(TestPrices.Spec("t3.large"), shape, scalingFleet, [0.1, 0.1], 0.1, 2);

        Assert.Contains(why, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ShortBurstsAboveBaseline_PricesTheCreditSurplus()
    {
        // Hourly CPU 0.9, 0.1, 0.9, 0.1 vCPU; t3.medium earns 2 x 20% = 0.4 an hour: h1 surplus 0.5; h2 banks 0.3;
        // h3 0.7 - 0.9 = 0.2 surplus; h4 banks 0.3. 0.7 vCPU-h in 4 h = 127.75 a month x 0.04 = 5.11.
        // t3.medium 0.0416 x 730 = 30.368 + 5.11 = 35.478 still beats c5.large at 0.085 x 730 = 62.05.
        var option = Rightsize([0.9, 0.1, 0.9, 0.1]);

        Assert.Equal("ec2-rightsized:t3.medium", option.Option);
        Assert.Equal(35.478m, Math.Round(option.MonthlyCost!.Value, 3));
        Assert.Contains("5.11 USD a month of CPU-credit surplus", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HoursAboveBaselineAtATime_OffersNoBurstableType()
    {
        // 0.9 vCPU for two hours running is above t3.medium's 0.4 and t3.large's 0.6 baseline for 2 hours at a time;
        // t3.xlarge (1.6) would do but costs 0.1664 an hour: c5.large (0.085) wins.
        var option = Rightsize([0.9, 0.9, 0.1, 0.1]);

        Assert.Equal("ec2-rightsized:c5.large", option.Option);
    }

    private static Options.OptionResult Rightsize(double[] hourlyCpu)
    {
        var start = new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);
        var profile = TestWorkloads.Steady(2, 45, 25, 3) with
        {
            Shape = DemandShape.Variable,
            Hours = [.. hourlyCpu.Select((cpu, i) => new DemandHour(start.AddHours(i), cpu, cpu, 1, true))],
        };
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), profile, 70.08m);
        return Ec2Rightsizer.Evaluate(context, TestPrices.Spec("m5.large"), TestPrices.OnDemandOffers, new AnalysisSettings(), "x86_64");
    }
}
