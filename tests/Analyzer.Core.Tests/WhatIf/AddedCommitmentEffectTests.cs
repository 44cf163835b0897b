using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.WhatIf;

public class AddedCommitmentEffectTests
{
    private static readonly SavingsPlanOffer Offer = new("compute", 3, "no", new Dictionary<string, decimal>(StringComparer.Ordinal) { ["us-east-1/m5.large"] = 0.6m });

    private static IReadOnlyList<SpendItem>[] Flat(int hours, decimal spend) =>
        [.. Enumerable.Range(0, hours).Select(_ => (IReadOnlyList<SpendItem>)[new SpendItem("us-east-1/m5.large", spend)])];

    [Fact]
    public void EvaluateAdded_ThreeDollarsOnTenDollarsOfUsage_IsFullyUsedAndSavesTwoAnHour()
    {
        // $10/h on demand at rate ratio 0.6. $3/h of commitment covers 3 / 0.6 = $5/h of usage: fully used, coverage
        // 50%, net (5 - 3) = $2/h = $1,460 a 730-hour month; it costs 3 x 730 = $2,190 a month.
        var plan = FleetCommitmentPlanner.Plan(Flat(24, 10m), [Offer], HeldCommitments.None, 10);

        var effect = plan.EvaluateAdded(Offer.Label, 3m)!;

        Assert.Equal((100.0, 0.0, 50.0, 1460m, 2190m), (Math.Round(effect.UtilizationPercent, 6), effect.CoverageBeforePercent,
            Math.Round(effect.CoverageAfterPercent, 6), Math.Round(effect.MonthlyNetSavings, 6), effect.MonthlyCost));
    }

    [Fact]
    public void EvaluateAdded_NineDollarsOnTenDollarsOfUsage_IsTwoThirdsUsedAndSavesOneAnHour()
    {
        // $9/h could cover $15/h; only $10/h runs, which uses 10 x 0.6 = $6/h of it: utilization 6 / 9 = 66.67%,
        // coverage 100%, net (10 - 9) = $1/h = $730 a month.
        var plan = FleetCommitmentPlanner.Plan(Flat(24, 10m), [Offer], HeldCommitments.None, 10);

        var effect = plan.EvaluateAdded(Offer.Label, 9m)!;

        Assert.Equal((66.67, 100.0, 730m), (Math.Round(effect.UtilizationPercent, 2), Math.Round(effect.CoverageAfterPercent, 6), Math.Round(effect.MonthlyNetSavings, 6)));
    }

    [Fact]
    public void EvaluateAdded_OnTopOfAHeldPlan_CountsOnlyWhatItAdds()
    {
        // Held $3/h covers $5/h; added $3/h covers the next $5/h: fully used, coverage 50% -> 100%, net $2/h = $1,460.
        var held = HeldCommitments.From([new HeldPlan("111111111111", "arn:held", "compute", 3, "no", null, null, 3m, null, null)], new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), null);
        var plan = FleetCommitmentPlanner.Plan(Flat(24, 10m), [Offer], held, 10);

        var effect = plan.EvaluateAdded(Offer.Label, 3m)!;

        Assert.Equal((100.0, 50.0, 100.0, 1460m), (Math.Round(effect.UtilizationPercent, 6), Math.Round(effect.CoverageBeforePercent, 6),
            Math.Round(effect.CoverageAfterPercent, 6), Math.Round(effect.MonthlyNetSavings, 6)));
    }
}
