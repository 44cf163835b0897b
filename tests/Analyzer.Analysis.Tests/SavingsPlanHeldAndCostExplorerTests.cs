using Analyzer.Analysis.Reporting;
using Analyzer.Core.Reporting;
using Analyzer.Core.Settings;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// The engine's fortnight (only the steady instance stays on-demand EC2: m7g.medium at $0.0408/h; Compute 1y no upfront
/// $0.03, ratio 0.735294) with a bill holding a $0.01/h Compute plan that ends in 60 days, an expired $0.02/h one and a
/// SageMaker plan; Cost Explorer recommends $0.015 + $0.01/h (LINKED, two accounts) of Compute 1y no upfront, and
/// $0.05/h PAYER of Compute 1y all upfront (a LINKED $0.9/h row for it is ignored).
/// </summary>
public sealed class SavingsPlanHeldAndCostExplorerTests : IDisposable
{
    private readonly EngineStore store = new();

    public SavingsPlanHeldAndCostExplorerTests()
    {
        store.LoadFortnight();
        using var connection = store.Store.Connect();
        TestCatalog.Insert(connection);
        connection.Execute("""
            INSERT INTO savings_plans_held VALUES
            ('111111111111', 'arn:aws:savingsplans::111111111111:savingsplan/held', 'Compute', 1, 'NO_UPFRONT', NULL, NULL, 0.01,
             TIMESTAMP '2025-12-22 00:00:00', TIMESTAMP '2027-01-21 00:00:00', DATE '2026-10-23', DATE '2026-11-22', 7.2, 7.2, 100, 9.8, 2.6, TIMESTAMP '2026-11-22 01:00:00'),
            ('111111111111', 'arn:aws:savingsplans::111111111111:savingsplan/expired', 'Compute', 1, 'NO_UPFRONT', NULL, NULL, 0.02,
             TIMESTAMP '2025-11-01 00:00:00', TIMESTAMP '2026-11-01 00:00:00', DATE '2026-10-23', DATE '2026-11-22', 4.4, 4.4, 100, 6, 1.6, TIMESTAMP '2026-11-22 01:00:00'),
            ('111111111111', 'arn:aws:savingsplans::111111111111:savingsplan/sagemaker', 'SageMaker', 1, 'NO_UPFRONT', NULL, NULL, 0.5,
             TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2027-06-01 00:00:00', DATE '2026-10-23', DATE '2026-11-22', 360, 300, 83.3, 400, 40, TIMESTAMP '2026-11-22 01:00:00');
            INSERT INTO ce_savings_plan_recommendations VALUES
            ('111111111111', 'LINKED', 'COMPUTE_SP', 1, 'NO_UPFRONT', 30, 'r1', TIMESTAMP '2026-11-21 00:00:00', 1, 0.015, 3, 20, 90, 0.05, 36, 30, 36, 15, TIMESTAMP '2026-11-22 01:00:00'),
            ('222222222222', 'LINKED', 'COMPUTE_SP', 1, 'NO_UPFRONT', 30, 'r2', TIMESTAMP '2026-11-21 00:00:00', 1, 0.01, 2, 20, 100, 0.03, 22, 20, 22, 12, TIMESTAMP '2026-11-22 01:00:00'),
            ('111111111111', 'PAYER', 'COMPUTE_SP', 1, 'ALL_UPFRONT', 7, 'r3', TIMESTAMP '2026-11-21 00:00:00', 1, 0.05, 4, 20, 95, 0.07, 12, 10, 12, 30, TIMESTAMP '2026-11-22 01:00:00'),
            ('111111111111', 'LINKED', 'COMPUTE_SP', 1, 'ALL_UPFRONT', 7, 'r4', TIMESTAMP '2026-11-21 00:00:00', 1, 0.9, 40, 20, 95, 1.07, 12, 10, 12, 30, TIMESTAMP '2026-11-22 01:00:00');
            """);
    }

    public void Dispose() => store.Dispose();

    private AnalysisRun Run(AnalysisSettings? settings = null) => new AnalysisEngine(store.Store.Connect, store.Time).Run(settings ?? new AnalysisSettings());

    [Fact]
    public void Run_HeldComputePlanOnTheBill_RecommendsOnlyTheAdditional()
    {
        // Covering it all takes $0.03/h, saving (0.0408 - 0.03) x 730 = $7.884; held $0.01 covers 0.0136 and saves
        // 0.0036 x 730 = $2.628. The held plan is applied first and the offer is optimized on what it leaves (its curve
        // starts there; HeldCommitment records the $0.01): $0.02 more saves 7.884 - 2.628 = $5.256.
        var plan = Run().SavingsPlans.Single(p => p.Offer.Label == "compute:1y:no");

        Assert.Equal((0.01m, 0.02m, 5.256m), (plan.HeldCommitment, Math.Round(plan.AdditionalCommitment, 6), Math.Round(plan.AdditionalMonthlySavings, 3)));
    }

    [Fact]
    public void Run_SettingGiven_ReplacesTheBillsComputeAmount()
    {
        var plan = Run(new AnalysisSettings { HeldSavingsPlanHourlyUsd = 0m }).SavingsPlans.Single(p => p.Offer.Label == "compute:1y:no");

        Assert.Equal((0m, 0.03m), (plan.HeldCommitment, Math.Round(plan.AdditionalCommitment, 6)));
    }

    [Fact]
    public void Run_CostExplorerLinkedRows_AreSummedAndEvaluatedOnOurSeries()
    {
        // Held 0.01 + CE's 0.025 = 0.035 covers all 0.0408: (0.0408 - 0.035) x 730 = 4.234, less the held 2.628 = 1.606.
        // What the held plan leaves (0.0408 - 0.0136 = 0.0272 on demand) takes 0.0272 x 0.735294 = 0.02 of CE's 0.025:
        // its own utilization is 80%.
        var c = Run().CostExplorerSavingsPlans.Single(x => x.CostExplorer.Label == "compute:1y:no");

        Assert.Equal((0.025m, 5m, 2, 1.61m, 80.0), (c.CostExplorer.HourlyCommitment, c.CostExplorer.MonthlySavings, c.CostExplorer.Accounts,
            c.CostExplorerOnOursMonthlySavings, Math.Round(c.CostExplorerOnOursUtilizationPercent, 1)));
    }

    [Fact]
    public void Run_PayerRowPresent_IsTakenOverLinkedRows()
    {
        var c = Run().CostExplorerSavingsPlans.Single(x => x.CostExplorer.Label == "compute:1y:all");

        Assert.Equal(("PAYER", 0.05m, 1), (c.CostExplorer.Scope, c.CostExplorer.HourlyCommitment, c.CostExplorer.Accounts));
    }

    [Fact]
    public void Build_HeldPlans_ShowsActiveOnesAndFlagsTheOneEndingWithinNinetyDays()
    {
        var run = Run();

        var context = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!.CommitmentContext;

        Assert.Equal(
            [("arn:aws:savingsplans::111111111111:savingsplan/held", "Compute Savings Plan", true), ("arn:aws:savingsplans::111111111111:savingsplan/sagemaker", "SageMaker", false)],
            context.Held.Select(h => (h.Arn, h.Plan, h.LapsesSoon)));
        Assert.Equal((0.01m, false), (context.HeldComputeHourly, context.HeldComputeFromSetting));
    }

    [Fact]
    public void Build_CostExplorerLine_CarriesBothNumbersAndTheReason()
    {
        var run = Run();

        var line = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!.CommitmentContext.CostExplorer
            .Single(l => l.Payment == "no");

        Assert.Equal(
            new CostExplorerCommitmentLine("Compute Savings Plan", 1, "no", "LINKED", 30, 0.025m, 5m, 94m, 0.02m, 5.26m, 100m, 1.61m, 80m,
                "Cost Explorer recommends more: it sizes from past usage as it ran, ours from the recommended (rightsized) fleet; ours counts EC2 usage only, Cost Explorer's Compute plan also Fargate and Lambda; it looked back 30 days, our window is 14 days; both are beyond the plans held."),
            line);
    }
}
