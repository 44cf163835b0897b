using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class HeldCommitmentsTests
{
    private static readonly DateTime End = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static HeldPlan Compute(string arn, decimal hourly, DateTime starts, DateTime ends) =>
        new("111111111111", arn, "compute", 1, "no", null, null, hourly, starts, ends);

    [Fact]
    public void From_PlanEndedBeforeWindowEnd_IsIgnored()
    {
        var bill = new[] { Compute("a", 3m, End.AddDays(-400), End.AddDays(-35)), Compute("b", 1.5m, End.AddDays(-30), End.AddDays(335)) };

        var held = HeldCommitments.From(bill, End, null);

        Assert.Equal((1.5m, 1), (held.ComputeHourly, held.Plans.Count));
    }

    [Fact]
    public void From_PlanStartingAfterWindowEnd_IsIgnored()
    {
        var held = HeldCommitments.From([Compute("a", 3m, End.AddDays(2), End.AddDays(367))], End, null);

        Assert.Equal(0m, held.ComputeHourly);
    }

    [Fact]
    public void From_SettingGiven_ReplacesTheBillsComputeAmount()
    {
        var held = HeldCommitments.From([Compute("a", 3m, End.AddDays(-10), End.AddDays(355))], End, 1.25m);

        Assert.Equal((1.25m, true, 1), (held.ComputeHourly, held.ComputeFromSetting, held.Plans.Count));
    }

    [Theory]
    [InlineData(89, true)]
    [InlineData(90, true)]
    [InlineData(91, false)]
    public void EndsWithin_NinetyDays_FlagsPlansAboutToLapse(int daysLeft, bool expected)
    {
        var plan = Compute("a", 1m, End.AddDays(-300), End.AddDays(daysLeft));

        Assert.Equal(expected, plan.EndsWithin(End, HeldCommitments.LapseWarningDays));
    }
}
