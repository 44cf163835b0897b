using Analyzer.Collectors.Demo;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.Tests.Demo;

public sealed class DemoCostExplorerInsightsTests
{
    private static readonly Lazy<IReadOnlyList<CostExplorerInsights>> Sets = new(() =>
        DemoCostExplorerInsights.From(new DemoOptions(DemoTestData.WindowEnd) { Days = 30 }, DemoTestPrices.Book, DemoTestData.Generate(days: 30)));

    [Fact]
    public void From_EachAccount_HoldsOneComputePlanOfAFifthOfItsAverageComputeSpend()
    {
        var first = Sets.Value[0];
        var averageHourly = first.SavingsPlansCoverage!.Average(c => c.TotalCostUsd) / 24m;

        var plan = Assert.Single(first.SavingsPlansHeld!);

        Assert.Equal(("Compute", 1, decimal.Round(averageHourly * 0.2m * DemoCostExplorerInsights.OneYearRate, 3)), (plan.PlanType, plan.TermYears, plan.HourlyCommitmentUsd));
    }

    [Fact]
    public void From_PurchaseRecommendation_SavesMoreThanNoCommitmentAndLessThanAllSpend()
    {
        var oneYear = Sets.Value[0].PurchaseRecommendations![0];

        Assert.InRange(oneYear.EstimatedMonthlySavingsUsd!.Value, 0.01m, oneYear.CurrentAverageHourlyOnDemandUsd!.Value * 730m * (1 - DemoCostExplorerInsights.OneYearRate));
    }

    [Fact]
    public void From_Rightsizing_TerminatesIdleAndModifiesOneSizeDown()
    {
        var rightsizing = Sets.Value.SelectMany(s => s.Rightsizing!).ToList();
        var modify = rightsizing.First(r => r.RightsizingType == "MODIFY");

        Assert.Equal((true, modify.CurrentMonthlyCostUsd / 2), (rightsizing.Any(r => r.RightsizingType == "TERMINATE"), modify.TargetMonthlyCostUsd));
    }

    [Fact]
    public void From_SameInput_GivesTheSameRows()
    {
        var again = DemoCostExplorerInsights.From(new DemoOptions(DemoTestData.WindowEnd) { Days = 30 }, DemoTestPrices.Book, DemoTestData.Generate(days: 30));

        Assert.Equal(Sets.Value[1].PurchaseRecommendations![1].HourlyCommitmentUsd, again[1].PurchaseRecommendations![1].HourlyCommitmentUsd);
    }
}
