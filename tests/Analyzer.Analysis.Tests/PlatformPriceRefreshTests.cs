using Analyzer.Collectors.PriceList;
using Analyzer.Core.Ingest;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;
using Analyzer.Storage.Pricing;
using Analyzer.Testing.PriceList;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// A Windows instance is unpriced on the shipped (Linux-only) catalog and priced with Windows prices once
/// `prices refresh` has loaded them from the Price List (the fake endpoint serving the real CSV shape).
/// </summary>
public sealed class PlatformPriceRefreshTests : IDisposable
{
    private readonly EngineStore store = new();
    private readonly string downloads = Directory.CreateTempSubdirectory("platform-prices-").FullName;

    public PlatformPriceRefreshTests()
    {
        store.LoadFortnight();
        using (var connection = store.Store.Connect())
        {
            TestCatalog.Insert(connection);
        }

        // A Windows m5.large at 20% CPU (max 30%) and 4 of 8 GiB every hour of the fortnight.
        var windows = EngineStore.Steady with { WorkloadId = "i-win", Name = "win", InstanceType = "m5.large", Vcpu = 2, MemoryGib = 8, Platform = Ec2Platforms.Windows };
        var samples = Enumerable.Range(0, 336).Select(h => new UtilizationSample("i-win", EngineStore.Window.Start.AddHours(h), 20, 30, 45, 50, 1e6, 2e6, null, null, null, null, null));
        store.Store.Load(new IngestBatch("test", EngineStore.Window, ["111111111111"], [new Account("111111111111", "prod")], [windows], [.. samples], []));
    }

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(downloads, recursive: true);
    }

    [Fact]
    public async Task Run_AfterPricesRefreshLoadsWindowsPrices_PricesTheWindowsInstanceWithThem()
    {
        var before = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());
        Assert.Null(CurrentCost(before.RunId));

        // The Price List's EC2 file holds m5.large at 0.096 (Linux) and 0.188 (Windows) an hour, published 2026-11-01.
        using (var server = new PriceListServer(PriceListFixtures.UsEast1()))
        using (var http = new HttpClient())
        {
            var files = await new PriceListClient(http, server.BaseUri).DownloadRegionAsync("us-east-1", downloads, CancellationToken.None);
            using var connection = store.Store.Connect();
            PriceListLoader.Load(connection, files, store.Time);
        }

        var after = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());

        // 0.188 x 730 = 137.24 a month, the Windows rate; Linux's would be 0.096 x 730 = 70.08.
        Assert.Equal(137.24m, CurrentCost(after.RunId));
        using var read = store.Store.Connect();
        using var reader = read.ExecuteReader("SELECT count(*) FROM workload_options WHERE run_id = $1 AND workload_id = 'i-win' AND monthly_cost = 70.08", after.RunId);
        Assert.True(reader.Read());
        Assert.Equal(0L, reader.GetInt64(0));
    }

    private decimal? CurrentCost(string runId)
    {
        using var connection = store.Store.Connect();
        using var reader = connection.ExecuteReader("SELECT current_monthly_cost FROM recommendations WHERE run_id = $1 AND workload_id = 'i-win'", runId);
        Assert.True(reader.Read());
        return reader.IsDBNull(0) ? null : reader.GetDecimal(0);
    }
}
