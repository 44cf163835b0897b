using Analyzer.Analysis.Reporting;
using Analyzer.Core.Settings;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// The engine's fortnight, 2026-11-08 to 2026-11-22 (only the steady instance stays on-demand EC2 in the recommended
/// fleet: one m7g.medium, $0.0408/h every hour; Compute 1y no upfront $0.03, ratio 0.735294), with Reserved Instances
/// held as DescribeReservedInstances stored them.
/// </summary>
public sealed class ReservedInstancesHeldTests : IDisposable
{
    private const string Columns = "(reserved_instances_id, account_id, region, instance_type, instance_count, scope, availability_zone, offering_class, offering_type, product_description, instance_tenancy, starts_at, ends_at, fixed_price_usd, usage_price_usd, recurring_hourly_usd, collected_at)";
    private const string ColumnsWithState = "(reserved_instances_id, account_id, region, instance_type, instance_count, scope, availability_zone, offering_class, offering_type, product_description, instance_tenancy, starts_at, ends_at, fixed_price_usd, usage_price_usd, recurring_hourly_usd, collected_at, state)";
    private readonly EngineStore store = new();

    public ReservedInstancesHeldTests()
    {
        store.LoadFortnight();
        using var connection = store.Store.Connect();
        TestCatalog.Insert(connection);
    }

    public void Dispose() => store.Dispose();

    private void Hold(string rows)
    {
        using var connection = store.Store.Connect();
        connection.Execute($"INSERT INTO reserved_instances {(rows.Contains("'queued'", StringComparison.Ordinal) ? ColumnsWithState : Columns)} VALUES {rows}");
    }

    private AnalysisRun Run() => new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());

    [Fact]
    public void Run_RegionalRiEndingMidWindow_CoversUntilItsEndAndThePlanIsSizedOnTheRest()
    {
        // Without it: $0.03/h of Compute covers the $0.0408 every hour (the engine's fortnight).
        var before = Run().SavingsPlans.Single(p => p.Offer.Label == "compute:1y:no").AdditionalCommitment;
        // 1 x m7g.large (factor 4) regional, ending 2026-11-15: 4 units an hour cover the m7g.medium (factor 2) in the
        // first 168 of the 336 hours. A Compute plan of c then covers c / 0.735294 only in the last 168 hours and costs c in
        // all 336: 168 x 1.36 c - 336 c < 0 for any c, so none is worth buying.
        Hold("('ri-flex', '111111111111', 'us-east-1', 'm7g.large', 1, 'Region', '', 'standard', 'No Upfront', 'Linux/UNIX', 'default', TIMESTAMP '2025-11-15 00:00:00', TIMESTAMP '2026-11-15 00:00:00', 0, 0, 0.05, TIMESTAMP '2026-11-22 01:00:00')");

        var after = Run().SavingsPlans.Single(p => p.Offer.Label == "compute:1y:no").AdditionalCommitment;

        Assert.Equal((0.03m, 0m), (Math.Round(before, 6), Math.Round(after, 6)));
    }

    [Fact]
    public void Build_ReservedInstancesHeld_ListsWhatEachCoversOrWhyNot()
    {
        // ri-flex covers the m7g.medium's $0.0408 in 168 hours: 6.8544 over the 336-hour window, 6.8544 x 730 / 336 =
        // $14.892/month. The zonal 2 x m5.large applies to m5.large only: the nightly batch's one m5.large in its 4 scheduled
        // hours a night, 14 x 4 = 56 hours x $0.096 = 5.376, x 730 / 336 = $11.68/month (its second instance idles). On the
        // fleet as it runs today the batch's m5.large runs every hour: 0.096 x 730 = $70.08/month, and nothing runs m7g.
        Hold("""
            ('ri-flex', '111111111111', 'us-east-1', 'm7g.large', 1, 'Region', '', 'standard', 'No Upfront', 'Linux/UNIX', 'default', TIMESTAMP '2025-11-15 00:00:00', TIMESTAMP '2026-11-15 00:00:00', 0, 0, 0.05, TIMESTAMP '2026-11-22 01:00:00'),
            ('ri-zonal', '111111111111', 'us-east-1', 'm5.large', 2, 'Availability Zone', 'us-east-1a', 'convertible', 'All Upfront', 'Linux/UNIX', 'default', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2027-01-01 00:00:00', 1200, 0, 0, TIMESTAMP '2026-11-22 01:00:00'),
            ('ri-windows', '111111111111', 'us-east-1', 'm7g.large', 1, 'Region', '', 'standard', 'No Upfront', 'Windows', 'default', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2029-01-01 00:00:00', 0, 0, 0.1, TIMESTAMP '2026-11-22 01:00:00'),
            ('ri-dedicated', '111111111111', 'us-east-1', 'm7g.large', 1, 'Region', '', 'standard', 'No Upfront', 'Linux/UNIX', 'dedicated', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2029-01-01 00:00:00', 0, 0, 0.1, TIMESTAMP '2026-11-22 01:00:00')
            """);
        var run = Run();

        var lines = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!.CommitmentContext.ReservedInstances;

        Assert.Equal(
            [
                ("ri-flex", true, "us-east-1 m7g, any size (regional: size-flexible by normalization factor)", 0.082m, 14.89m, 0m, false),
                ("ri-zonal", true, "us-east-1 m5.large only (zonal, us-east-1a: not size-flexible; applied to its type anywhere in the region)", 0.192m, 11.68m, 70.08m, true),
                ("ri-dedicated", false, "not applied: it covers only dedicated-tenancy instances; the series is shared-tenancy usage", 0m, 0m, 0m, false),
                ("ri-windows", false, "not applied: it covers only its own platform's instances; the series is Linux/UNIX usage", 0m, 0m, 0m, false),
            ],
            lines.Select(l => (l.ReservedInstancesId, l.Applied, l.Covers, l.OnDemandUsdPerHour, l.MonthlyCoveredUsd, l.MonthlyCoveredTodayUsd, l.LapsesSoon)));
    }

    [Fact]
    public void Build_ZonalRiTheRightsizingMovesOff_CountsItsFeeAndTheCoverageItLoses()
    {
        // ri-zonal: 2 x m5.large, All Upfront $1,200 over 2026-01-01..2027-01-01 (365 days, 8,760 hours): 1200 / 8760 =
        // $0.136986/h, active every hour of the window: 0.136986 x 730 = $100.00/month. It covers the batch's m5.large
        // every hour today ($70.08/month) and only its 56 scheduled hours on the recommended fleet ($11.68/month, as
        // above): 70.08 - 11.68 = $58.40/month of coverage stranded until 2027-01-01. ri-flex: 1 x $0.05/h recurring,
        // active in the first 168 of the 336 hours: 0.05 x 168 x 730 / 336 = $18.25/month.
        Hold("""
            ('ri-flex', '111111111111', 'us-east-1', 'm7g.large', 1, 'Region', '', 'standard', 'No Upfront', 'Linux/UNIX', 'default', TIMESTAMP '2025-11-15 00:00:00', TIMESTAMP '2026-11-15 00:00:00', 0, 0, 0.05, TIMESTAMP '2026-11-22 01:00:00'),
            ('ri-zonal', '111111111111', 'us-east-1', 'm5.large', 2, 'Availability Zone', 'us-east-1a', 'convertible', 'All Upfront', 'Linux/UNIX', 'default', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2027-01-01 00:00:00', 1200, 0, 0, TIMESTAMP '2026-11-22 01:00:00')
            """);
        var run = Run();

        var lines = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!.CommitmentContext.ReservedInstances;

        Assert.Equal(
            [("ri-flex", 0.05m, 18.25m, 0m), ("ri-zonal", 0.137m, 100.00m, 58.40m)],
            lines.Select(l => (l.ReservedInstancesId, l.AmortizedUsdPerHour, l.MonthlyFeeUsd, l.MonthlyStrandedUsd)));
        Assert.StartsWith("stranded by the rightsizing: it covers $70.08/month of today's fleet and $11.68/month of the recommended one", lines[1].Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RisHeld_TheSpendAsBilledCountsTheirNetSavingsTodayAndAfter()
    {
        // Same two RIs: today ri-flex covers nothing (the fleet runs no m7g today) and costs 18.25; ri-zonal covers 70.08
        // and costs 100.00: net today (0 - 18.25) + (70.08 - 100.00) = -48.17. After: ri-flex covers 14.89 (above) and
        // ri-zonal 11.68: (14.89 - 18.25) + (11.68 - 100.00) = -91.68. Billed today is the on-demand spend less the plans'
        // bill savings less -48.17; the spend after adds the 91.68 back beside the plans' savings.
        var plain = new ReportModelBuilder(store.Store.Connect, store.Time).Build(Run().RunId)!.CommitmentContext.Billed!;
        Hold("""
            ('ri-flex', '111111111111', 'us-east-1', 'm7g.large', 1, 'Region', '', 'standard', 'No Upfront', 'Linux/UNIX', 'default', TIMESTAMP '2025-11-15 00:00:00', TIMESTAMP '2026-11-15 00:00:00', 0, 0, 0.05, TIMESTAMP '2026-11-22 01:00:00'),
            ('ri-zonal', '111111111111', 'us-east-1', 'm5.large', 2, 'Availability Zone', 'us-east-1a', 'convertible', 'All Upfront', 'Linux/UNIX', 'default', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2027-01-01 00:00:00', 1200, 0, 0, TIMESTAMP '2026-11-22 01:00:00')
            """);

        var billed = new ReportModelBuilder(store.Store.Connect, store.Time).Build(Run().RunId)!.CommitmentContext.Billed!;

        Assert.Equal((-48.17m, -91.68m), (billed.ReservedNetToday, billed.ReservedNetAfter));
        Assert.Equal(plain.BilledToday + 48.17m, billed.BilledToday);
    }

    [Fact]
    public void Build_QueuedRis_ApplyOnlyFromTheirStart()
    {
        // ri-queued-mid: 1 x m7g.large (4 units) queued to start 2026-11-15, the middle of the 336-hour window: it covers
        // the m7g.medium (2 units, $0.0408) only in the last 168 hours: 0.0408 x 168 x 730 / 336 = $14.892/month, and
        // costs its $0.05/h only then: 0.05 x 168 x 730 / 336 = $18.25. ri-queued-later starts 2026-12-01, after the
        // window: it covers none of it.
        Hold("""
            ('ri-queued-mid', '111111111111', 'us-east-1', 'm7g.large', 1, 'Region', '', 'standard', 'No Upfront', 'Linux/UNIX', 'default', TIMESTAMP '2026-11-15 00:00:00', TIMESTAMP '2027-11-15 00:00:00', 0, 0, 0.05, TIMESTAMP '2026-11-01 01:00:00', 'queued'),
            ('ri-queued-later', '111111111111', 'us-east-1', 'm7g.large', 1, 'Region', '', 'standard', 'No Upfront', 'Linux/UNIX', 'default', TIMESTAMP '2026-12-01 00:00:00', TIMESTAMP '2027-12-01 00:00:00', 0, 0, 0.05, TIMESTAMP '2026-11-22 01:00:00', 'queued')
            """);
        var run = Run();

        var lines = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!.CommitmentContext.ReservedInstances;

        Assert.Equal(
            [
                ("ri-queued-mid", "queued", true, 14.89m, 18.25m, "us-east-1 m7g, any size (regional: size-flexible by normalization factor)"),
                ("ri-queued-later", "queued", false, 0m, 0m, "not applied: queued to start on 2026-12-01, after the window, so it covers none of the window's hours (the plans here are sized without it)"),
            ],
            lines.Select(l => (l.ReservedInstancesId, l.State, l.Applied, l.MonthlyCoveredUsd, l.MonthlyFeeUsd, l.Covers)));
    }

    [Fact]
    public void Build_RegionalM5RiTheSteadyInstanceMovesOff_NamesTheWorkloadsMovedAndTheirSavings()
    {
        // 1 x m5.2xlarge regional (16 units, $0.384/h on demand). Today the batch's m5.large (4 units, $0.096) and the
        // steady m5.2xlarge (16 units, $0.384) run every hour: smallest first, the m5.large takes 4 units and the
        // m5.2xlarge 12 of its 16 (0.288): 0.384/h covered, 0.384 x 730 = $280.32/month. The recommended fleet moves the
        // steady instance to m7g.medium and runs the batch's m5.large 56 of the 336 hours: 56 x 0.096 = 5.376, x 730 / 336
        // = $11.68/month; 280.32 - 11.68 = $268.64 stranded. One workload moved off it (i-steady; the batch stays on m5.large).
        Hold("('ri-m5', '111111111111', 'us-east-1', 'm5.2xlarge', 1, 'Region', '', 'standard', 'No Upfront', 'Linux/UNIX', 'default', TIMESTAMP '2026-06-01 00:00:00', TIMESTAMP '2027-06-01 00:00:00', 0, 0, 0.242, TIMESTAMP '2026-11-22 01:00:00')");
        var run = Run();

        var line = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!.CommitmentContext.ReservedInstances.Single();

        var steady = run.Evaluations.Single(e => e.WorkloadId == "i-steady").Recommendation.Chosen.MonthlySavings!.Value;
        Assert.Equal((280.32m, 11.68m, 268.64m, 1, Math.Round(steady, 2)), (line.MonthlyCoveredTodayUsd, line.MonthlyCoveredUsd, line.MonthlyStrandedUsd, line.MovedWorkloads, line.MovedMonthlySavingsUsd));
        // Its fee: 0.242 x 730 = $176.66/month, paid either way.
        Assert.Equal(176.66m, line.MonthlyFeeUsd);
    }
}
