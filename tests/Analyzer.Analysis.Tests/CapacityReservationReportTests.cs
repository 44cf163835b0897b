using Analyzer.Analysis.Reporting;
using Analyzer.Core.Collection;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;
using Analyzer.Storage.Collection;

namespace Analyzer.Analysis.Tests;

/// <summary>Capacity reservations in the store beside the fortnight's instances, judged in the report model.</summary>
public sealed class CapacityReservationReportTests : IDisposable
{
    private readonly EngineStore store = new();

    public CapacityReservationReportTests()
    {
        store.LoadFortnight();
        using (var connection = store.Store.Connect())
        {
            TestCatalog.Insert(connection);
        }

        new CollectionExtras(store.Store, store.Time).ReplaceCapacityReservations("111111111111", "us-east-1",
        [
            // i-steady (m5.2xlarge) runs every hour of the window: one of the two slots is used.
            Reservation("cr-steady", "m5.2xlarge", 2, 1),
            // No c5.large runs: all three are unused.
            Reservation("cr-unused", "c5.large", 3, 3),
            // Ended before the window: not active, left out.
            Reservation("cr-expired", "m5.large", 1, 1) with { State = "expired" },
        ]);
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void Build_ReservationsBesideTheInstances_ReportTheirWasteAndAdvice()
    {
        var run = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());

        var model = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!;

        // cr-unused: 3 x 0.085 x 730 = 186.15, release. cr-steady: 1 unused of 2 every one of the 336 hours:
        // 1 x 0.384 x 730 = 280.32, reduce 2 -> 1. Sorted by waste.
        Assert.Equal(
            [("cr-steady", "reduce", 336, 280.32m), ("cr-unused", "release", 336, 186.15m)],
            model.CapacityReservations.Select(f => (f.Reservation.CapacityReservationId, f.Action, f.Hours, f.MonthlyWasteUsd)).ToList());
        Assert.Equal(466.47m, model.CapacityReservationWasteMonthly);
    }

    [Fact]
    public void Workloads_WindowsInstanceInTheStore_KeepsItsPlatformAndTenancy()
    {
        store.Store.Load(new Core.Ingest.IngestBatch("test", EngineStore.Window, ["111111111111"], [new Account("111111111111", "prod")],
            [EngineStore.Steady with { WorkloadId = "i-win", Platform = "Windows", Tenancy = "dedicated" }], [], []));
        using var connection = store.Store.Connect();

        var workload = ProfileReader.Workloads(connection, new AnalysisSettings()).Single(w => w.WorkloadId == "i-win");

        Assert.Equal(("Windows", "dedicated"), (workload.Platform, workload.Tenancy));
    }

    private static CapacityReservation Reservation(string id, string type, int total, int available) =>
        new(id, "111111111111", "us-east-1", "us-east-1a", type, "Linux/UNIX", "default", total, available, "active", "open",
            new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), null);
}
