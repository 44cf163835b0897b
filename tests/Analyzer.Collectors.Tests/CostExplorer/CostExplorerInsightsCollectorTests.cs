using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Core.Time;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.CostExplorer;

public sealed class CostExplorerInsightsCollectorTests : IDisposable
{
    private const string Account = "111111111111";
    private static readonly DateOnly Day1 = new(2026, 11, 1);
    private readonly FakeAwsServer _server = new();
    private readonly FakeCostExplorer _ce;
    private readonly AwsClientOptions _options;

    public CostExplorerInsightsCollectorTests()
    {
        _ce = FakeCostExplorer.Serve(_server);
        _options = FakeAwsClient.Options(_server);
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_WithAComputePlan_KeepsTypeTermPaymentAndHourlyCommitment()
    {
        AddPlan("arn:aws:savingsplans::111111111111:savingsplan/sp-1", 2.5m, 0.8m);

        var plan = Assert.Single((await CollectAsync()).Insights.SavingsPlansHeld!);

        Assert.Equal(("Compute", 1, "NO_UPFRONT", 2.5m, 840m, 672m), (plan.PlanType, plan.TermYears, plan.PaymentOption, plan.HourlyCommitmentUsd, plan.TotalCommitmentUsd, plan.UsedCommitmentUsd));
    }

    [Fact]
    public async Task CollectAsync_WithAnEc2InstancePlan_KeepsItsRegionAndFamily()
    {
        _ce.SavingsPlans.Add(new FakeSavingsPlan("arn:sp-2", Account, "EC2InstanceSavingsPlans", "3yr", "All Upfront", 1m, 1m,
            Day1.AddDays(-100).ToDateTime(TimeOnly.MinValue), Day1.AddDays(900).ToDateTime(TimeOnly.MinValue), "eu-west-1", "m5"));

        var plan = Assert.Single((await CollectAsync()).Insights.SavingsPlansHeld!);

        Assert.Equal(("EC2Instance", 3, "ALL_UPFRONT", "eu-west-1", "m5"), (plan.PlanType, plan.TermYears, plan.PaymentOption, plan.Region, plan.InstanceFamily));
    }

    [Fact]
    public async Task CollectAsync_WithAPlanRegionSpelledAsTheConsoleDoes_StoresTheRegionCode()
    {
        _ce.SavingsPlans.Add(new FakeSavingsPlan("arn:sp-3", Account, "EC2InstanceSavingsPlans", "1yr", "No Upfront", 1m, 1m,
            Day1.AddDays(-100).ToDateTime(TimeOnly.MinValue), Day1.AddDays(200).ToDateTime(TimeOnly.MinValue), "EU (Ireland)", "c5"));

        var plan = Assert.Single((await CollectAsync()).Insights.SavingsPlansHeld!);

        Assert.Equal("eu-west-1", plan.Region);
    }

    [Fact]
    public async Task CollectAsync_DailyUtilization_GivesEachDaysCommitmentAndOnDemandEquivalent()
    {
        AddPlan("arn:sp-1", 2.5m, 0.8m);

        var days = (await CollectAsync()).Insights.SavingsPlansUtilization!;

        Assert.Equal((14, 60m, 48m, 67.2m, 80.0), (days.Count, days[0].TotalCommitmentUsd, days[0].UsedCommitmentUsd, days[0].OnDemandEquivalentUsd, days[0].UtilizationPercent));
    }

    [Fact]
    public async Task CollectAsync_Coverage_SplitsCoveredAndOnDemandSpendPerDay()
    {
        AddPlan("arn:sp-1", 2.5m, 0.8m);
        _ce.UncoveredPerDay = 32.8m;

        var day = (await CollectAsync()).Insights.SavingsPlansCoverage![3];

        Assert.Equal((Day1.AddDays(3), 67.2m, 32.8m, 100m, 67.2), (day.UsageDate, day.SpendCoveredUsd, day.OnDemandCostUsd, day.TotalCostUsd, day.CoveragePercent));
    }

    [Fact]
    public async Task CollectAsync_WhenDetailsAndCoverageSpanPages_FollowsNextToken()
    {
        _ce.InsightsPerPage = 5;
        for (var i = 0; i < 12; i++)
        {
            AddPlan($"arn:sp-{i}", 1m, 1m);
        }

        var insights = (await CollectAsync()).Insights;

        Assert.Equal((12, 3, 14, 3), (insights.SavingsPlansHeld!.Count, _server.Calls("GetSavingsPlansUtilizationDetails"), insights.SavingsPlansCoverage!.Count, _server.Calls("GetSavingsPlansCoverage")));
    }

    [Fact]
    public async Task CollectAsync_WithoutPlans_ReturnsEmptySetsAndNoFailure()
    {
        var result = await CollectAsync();

        Assert.Equal((0, 0, 0), (result.Insights.SavingsPlansHeld!.Count, result.Insights.SavingsPlansUtilization!.Count, result.Failures.Count));
    }

    [Fact]
    public async Task CollectAsync_ByDefault_AsksComputeOneAndThreeYearsNoUpfrontOverThirtyDaysForTheLinkedAccount()
    {
        await CollectAsync();

        Assert.Equal(2, _ce.PurchaseRequests.Count);
        Assert.All(_ce.PurchaseRequests, body => Assert.Contains("\"LookbackPeriodInDays\":\"THIRTY_DAYS\"", body, StringComparison.Ordinal));
        Assert.Contains("\"TermInYears\":\"THREE_YEARS\"", _ce.PurchaseRequests[1], StringComparison.Ordinal);
        Assert.Contains("\"AccountScope\":\"LINKED\"", _ce.PurchaseRequests[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAsync_PurchaseRecommendation_KeepsCommitmentSavingsUtilizationAndHourlySpend()
    {
        _ce.PurchaseDetails.Add(new FakePurchaseDetail(Account, "COMPUTE_SP", "ONE_YEAR", "NO_UPFRONT", 1.39m, 313.9m, 92.5m, 2.04m));

        var recommendation = (await CollectAsync()).Insights.PurchaseRecommendations![0];

        Assert.Equal((1, 1.39m, 313.9m, 92.5, 2.04m, 30, 1468.8m), (recommendation.TermYears, recommendation.HourlyCommitmentUsd, recommendation.EstimatedMonthlySavingsUsd,
            recommendation.EstimatedAverageUtilizationPercent, recommendation.CurrentAverageHourlyOnDemandUsd, recommendation.LookbackDays, recommendation.CurrentOnDemandSpendUsd));
    }

    [Fact]
    public async Task CollectAsync_WhenPurchaseDetailsSpanPages_KeepsEveryDetailUnderOneSummary()
    {
        _ce.InsightsPerPage = 2;
        for (var i = 0; i < 5; i++)
        {
            _ce.PurchaseDetails.Add(new FakePurchaseDetail(Account, "COMPUTE_SP", "ONE_YEAR", "NO_UPFRONT", 1m, 10m, 90m, 1.5m));
        }

        var recommendations = (await CollectAsync()).Insights.PurchaseRecommendations!;

        Assert.Equal((5, 5m, 4), (recommendations[0].Details.Count, recommendations[0].HourlyCommitmentUsd, _server.Calls("GetSavingsPlansPurchaseRecommendation")));
    }

    [Fact]
    public async Task CollectAsync_ModifyRecommendation_KeepsTheDefaultTarget()
    {
        _ce.RightsizingRecommendations.Add(new FakeRightsizing(Account, "i-0abc", "m5.2xlarge", "US East (N. Virginia)", 280.32m, "m5.xlarge", 140.16m, 140.16m, 12.5m));

        var r = Assert.Single((await CollectAsync()).Insights.Rightsizing!);

        Assert.Equal(("i-0abc", "MODIFY", "m5.xlarge", 140.16m, 280.32m, 12.5, "us-east-1", 14), (r.InstanceId, r.RightsizingType, r.TargetInstanceType, r.EstimatedMonthlySavingsUsd, r.CurrentMonthlyCostUsd, r.MaxCpuPercent, r.Region, r.LookbackDays));
    }

    [Fact]
    public async Task CollectAsync_TerminateRecommendation_HasNoTargetAndTheWholeCostAsSavings()
    {
        _ce.RightsizingRecommendations.Add(new FakeRightsizing(Account, "i-idle", "t3.large", "us-east-1", 60.74m, null, 0m, 60.74m, 0.4m));

        var r = Assert.Single((await CollectAsync()).Insights.Rightsizing!);

        Assert.Equal(("TERMINATE", null, 60.74m), (r.RightsizingType, r.TargetInstanceType, r.EstimatedMonthlySavingsUsd));
    }

    [Fact]
    public async Task CollectAsync_WhenRightsizingSpansPages_FollowsNextPageToken()
    {
        _ce.InsightsPerPage = 3;
        for (var i = 0; i < 7; i++)
        {
            _ce.RightsizingRecommendations.Add(new FakeRightsizing(Account, $"i-{i}", "m5.large", "us-east-1", 70m, "t3.large", 60m, 10m, 5m));
        }

        var recommendations = (await CollectAsync()).Insights.Rightsizing!;

        Assert.Equal((7, 3), (recommendations.Count, _server.Calls("GetRightsizingRecommendation")));
    }

    [Fact]
    public async Task CollectAsync_ResourceCosts_KeepsEachInstancesDailyCost()
    {
        _ce.ResourceRows.Add(new FakeResourceCostRow(Day1.AddDays(5), Account, "i-0abc", "Amazon Elastic Compute Cloud - Compute", 2.304m, 2.1m, 24m));

        var result = await CollectAsync();

        var line = Assert.Single(result.Insights.ResourceCosts!);
        Assert.Equal(("i-0abc", Day1.AddDays(5), 2.304m, 2.1m, Day1.AddDays(13)), (line.ResourceId, line.UsageDate, line.UnblendedCost, line.AmortizedCost, result.ResourcesClosedThrough));
    }

    [Fact]
    public async Task CollectAsync_WithAThirtyDayWindow_AsksResourceCostsForTheLastFourteenDaysOnly()
    {
        await new CostExplorerInsightsCollector(_options, CostExplorerInsightsOptions.Default).CollectAsync(Account, Window(30), null, CancellationToken.None);

        Assert.Equal("2026-11-01/2026-11-15", Assert.Single(_ce.ResourceRequested));
    }

    [Fact]
    public async Task CollectAsync_WithClosedResourceDays_NeverAsksForThemAgain()
    {
        await new CostExplorerInsightsCollector(_options, CostExplorerInsightsOptions.Default).CollectAsync(Account, Window(14), Day1.AddDays(11), CancellationToken.None);

        Assert.Equal("2026-11-13/2026-11-15", Assert.Single(_ce.ResourceRequested));
    }

    [Fact]
    public async Task CollectAsync_WhenResourceLevelDataIsNotEnabled_AddsANoteNotAFailure()
    {
        _ce.ResourceLevelEnabled = false;

        var result = await CollectAsync();

        Assert.Equal((0, 1, true), (result.Failures.Count, result.Notes.Count, result.Insights.ResourceCosts is null));
    }

    [Fact]
    public async Task CollectAsync_WhenOneOperationIsDenied_RecordsItAndReadsTheOthers()
    {
        AddPlan("arn:sp-1", 1m, 1m);
        _ce.RightsizingRecommendations.Add(new FakeRightsizing(Account, "i-0abc", "m5.large", "us-east-1", 70m, "t3.large", 60m, 10m, 5m));
        _server.Fail("GetSavingsPlansUtilizationDetails", FakeFault.AccessDenied, times: 10);

        var result = await CollectAsync();

        var failure = Assert.Single(result.Failures);
        Assert.Equal(("ce-savings-plans-details", "ce:GetSavingsPlansUtilizationDetails", true, 1, 14), (failure.Source, failure.Error.MissingIamAction,
            result.Insights.SavingsPlansHeld is null, result.Insights.Rightsizing!.Count, result.Insights.SavingsPlansUtilization!.Count));
    }

    [Fact]
    public async Task CollectAsync_ByDefault_MakesSevenPaidRequestsForOneAccount()
    {
        AddPlan("arn:sp-1", 1m, 1m);

        await CollectAsync();

        Assert.Equal((7L, 0.07m), (_options.Counter.Calls.Where(c => c.Key.StartsWith("ce:", StringComparison.Ordinal)).Sum(c => c.Value), _options.Counter.PaidUsd));
    }

    [Fact]
    public async Task CollectAsync_WhenDisabled_MakesNoRequest()
    {
        await new CostExplorerInsightsCollector(_options, new CostExplorerInsightsOptions { Enabled = false }).CollectAsync(Account, Window(14), null, CancellationToken.None);

        Assert.Equal(0m, _options.Counter.PaidUsd);
    }

    [Fact]
    public async Task CollectAsync_WithMalformedBody_RecordsAFailureForThatOperation()
    {
        AddPlan("arn:sp-1", 1m, 1m);
        _server.Fail("GetSavingsPlansCoverage", FakeFault.Malformed);

        var result = await CollectAsync();

        Assert.Equal(("ce-savings-plans-coverage", true), (Assert.Single(result.Failures).Source, result.Failures[0].Error.Message.Contains("malformed", StringComparison.Ordinal)));
    }

    private static Period Window(int days) =>
        new(Day1.AddDays(14 - days).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Day1.AddDays(14).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    private void AddPlan(string arn, decimal hourly, decimal utilization) =>
        _ce.SavingsPlans.Add(new FakeSavingsPlan(arn, Account, "ComputeSavingsPlans", "1yr", "No Upfront", hourly, utilization,
            Day1.AddDays(-100).ToDateTime(TimeOnly.MinValue), Day1.AddDays(265).ToDateTime(TimeOnly.MinValue)));

    private Task<CostExplorerInsightsResult> CollectAsync() =>
        new CostExplorerInsightsCollector(_options, CostExplorerInsightsOptions.Default).CollectAsync(Account, Window(14), null, CancellationToken.None);
}
