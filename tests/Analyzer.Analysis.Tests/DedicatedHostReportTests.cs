using Analyzer.Analysis.Reporting;
using Analyzer.Core.Collection;
using Analyzer.Core.Costs;
using Analyzer.Core.Ingest;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;
using Analyzer.Storage.Collection;

namespace Analyzer.Analysis.Tests;

/// <summary>Dedicated Hosts in the store, priced from the bill's HostUsage lines and judged in the report model.</summary>
public sealed class DedicatedHostReportTests : IDisposable
{
    private readonly EngineStore store = new();

    public DedicatedHostReportTests()
    {
        store.LoadFortnight();
        using (var connection = store.Store.Connect())
        {
            TestCatalog.Insert(connection);
        }

        new CollectionExtras(store.Store, store.Time).ReplaceDedicatedHosts("111111111111", "us-east-1",
        [
            Host("h-busy", placed: 12),
            Host("h-light", placed: 6),
            Host("h-gone", placed: 0) with { State = "released" },
            new DedicatedHost("h-r5", "111111111111", "us-east-1", "us-east-1b", "r5", null, "available", 96, 96, 0, null, null, "on", null),
        ]);

        // The bill: two m5 hosts for each of the 14 days at 24 host-hours and 5.069 USD each, with a host reservation
        // bringing the amortized cost to 4.50 a host-hour; no r5 host-hours (its host is new).
        var days = Enumerable.Range(0, 14).Select(d => DateOnly.FromDateTime(EngineStore.Window.Start).AddDays(d));
        var lines = days.Select(d => new CostLine(d, "111111111111", "us-east-1", "Amazon Elastic Compute Cloud - Compute", "HostUsage:m5", null, 2 * 24 * 5.069m, 2 * 24 * 4.50m, 48m)).ToList();
        store.Store.Load(new IngestBatch("test-bill", EngineStore.Window, ["111111111111"], [new Account("111111111111", "prod")], [], [], lines));
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void Build_HostsBesideTheirBill_ReportUtilizationIdleCostAndAdvice()
    {
        var run = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());

        var model = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!;

        // Rate: amortized 14 x 48 x 4.50 over 14 x 48 host-hours = 4.50. 12 + 6 of 48 slots fit on one host:
        // h-light consolidated (idle 42/48 x 4.50 x 730 = 2,874.375; release saves 4.50 x 730 = 3,285.00),
        // h-busy filled (idle 36/48 x 3,285 = 2,463.75). h-r5 is empty: released, unpriced (no r5 host-hours).
        Assert.Equal(
            [("h-light", "consolidate", 4.50m, 2874.38m, 3285.00m), ("h-busy", "fill", 4.50m, 2463.75m, 0m), ("h-r5", "release", (decimal?)null, (decimal?)null, 0m)],
            model.DedicatedHosts.Select(f => (f.Host.HostId, f.Action, f.UsdPerHour, f.MonthlyIdleCostUsd, f.MonthlyReleaseSavingsUsd)).ToList());
        Assert.Equal((5338.13m, 3285.00m), (model.DedicatedHostIdleMonthly, model.DedicatedHostReleaseMonthly));
    }

    private static DedicatedHost Host(string id, int placed) =>
        new(id, "111111111111", "us-east-1", "us-east-1a", "m5", "m5.large", "available", 96, null, placed, 48, 48 - placed, "on", null);
}
