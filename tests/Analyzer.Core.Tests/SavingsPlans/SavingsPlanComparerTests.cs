using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class SavingsPlanComparerTests
{
    private static readonly DateTime End = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static CostExplorerSavingsPlanRecommendation Ce(decimal hourly, int lookback = 30) =>
        new("compute", 1, "no", "LINKED", lookback, 3, hourly, 500m, 97.5, null);

    private static FleetCommitmentPlan Plan(HeldCommitments held) => FleetCommitmentPlanner.Plan(
        [.. Enumerable.Range(0, 24).Select(_ => (IReadOnlyList<SpendItem>)[new SpendItem("us-east-1/m5.large", 10m)])],
        [new SavingsPlanOffer("compute", 1, "no", new Dictionary<string, decimal>(StringComparer.Ordinal) { ["us-east-1/m5.large"] = 0.7m })],
        held, 10);

    [Fact]
    public void Compare_CostExplorerCommitment_IsEvaluatedOnOurSeriesBeyondTheHeld()
    {
        var held = HeldCommitments.From([new HeldPlan("1", "arn", "compute", 1, "no", null, null, 3m, End.AddDays(-9), End.AddDays(300))], End, null);

        var c = Assert.Single(SavingsPlanComparer.Compare([Ce(2m)], Plan(held), 30, held));

        Assert.Equal((4m, 625.71m), (Math.Round(c.OurAdditionalCommitment, 6), c.CostExplorerOnOursMonthlySavings));
    }

    [Fact]
    public void Compare_OfferWeDidNotPrice_IsLeftOut()
    {
        var ce = Ce(2m) with { Plan = "ec2instance" };

        Assert.Empty(SavingsPlanComparer.Compare([ce], Plan(HeldCommitments.None), 30, HeldCommitments.None));
    }

    [Fact]
    public void Reason_DifferentLookback_SaysBothWindows()
    {
        var reason = SavingsPlanComparer.Reason(Ce(9m, lookback: 60), 4m, 30, HeldCommitments.None);

        Assert.Equal("Cost Explorer recommends more: it sizes from past usage as it ran, ours from the recommended (rightsized) fleet; ours counts EC2 usage only, Cost Explorer's Compute plan also Fargate and Lambda; it looked back 60 days, our window is 30 days.", reason);
    }

    [Fact]
    public void Reason_WithinFivePercent_SaysAboutTheSame()
    {
        Assert.Equal("About the same commitment as ours.", SavingsPlanComparer.Reason(Ce(4.1m), 4m, 30, HeldCommitments.None));
    }
}
