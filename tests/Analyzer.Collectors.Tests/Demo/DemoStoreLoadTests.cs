using Analyzer.Core.Ingest;
using Analyzer.Storage;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Collectors.Tests.Demo;

/// <summary>The demo goes into a real store through the same load path as the AWS collectors.</summary>
public sealed class DemoStoreLoadTests : IDisposable
{
    private readonly TempDuckDbFile file = new();
    private readonly AnalyzerStore store;
    private readonly IReadOnlyList<IngestBatch> batches = DemoTestData.Generate(days: 7);

    public DemoStoreLoadTests() => store = AnalyzerStore.Open(file.Path, new DemoTestClock());

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }

    [Fact]
    public void Load_DemoBatches_StoresEveryRow()
    {
        var expected = Expected();

        LoadAll();

        Assert.Equal(expected, Counts());
    }

    [Fact]
    public void Load_DemoBatches_ReportsTheRowsOfEachBatch()
    {
        var results = batches.Select(store.Load).ToArray();

        Assert.Equal(batches.Select(b => b.Workloads.Count), results.Select(r => r.Workloads));
        Assert.Equal(batches.Select(b => b.Samples.Count()), results.Select(r => r.Samples));
        Assert.Equal(batches.Select(b => b.CostLines.Count()), results.Select(r => r.CostLines));
    }

    [Fact]
    public void Load_DemoBatchesTwice_DoesNotDuplicate()
    {
        LoadAll();

        LoadAll();

        Assert.Equal(Expected(), Counts());
        Assert.Equal(6L, Scalar<long>("SELECT count(*) FROM collection_runs WHERE status = 'succeeded' AND source = 'demo'"));
    }

    [Fact]
    public void Load_DemoBatchesTwice_KeepsTheExactCostTotal()
    {
        var total = batches.SelectMany(b => b.CostLines).Sum(c => c.UnblendedCost);

        LoadAll();
        LoadAll();

        Assert.Equal(total, Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily"));
    }

    [Fact]
    public void Load_DemoBatches_KeepsUntrustedNamesVerbatim()
    {
        LoadAll();

        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM workloads WHERE name = $1 AND tags['Name'] = $1", "<script>alert(1)</script>"));
        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM workloads WHERE tags['cost-center'] = $1", "R&D \"north\"; x='1'"));
    }

    [Fact]
    public void Load_DemoBatches_StoresThreeAccountsAndTwoRegions()
    {
        LoadAll();

        Assert.Equal(3L, Scalar<long>("SELECT count(DISTINCT account_id) FROM workloads"));
        Assert.Equal(2L, Scalar<long>("SELECT count(DISTINCT region) FROM workloads"));
    }

    private void LoadAll()
    {
        foreach (var batch in batches)
        {
            store.Load(batch);
        }
    }

    private (long Accounts, long Workloads, long Samples, long CostLines) Expected() =>
        (batches.Sum(b => b.Accounts.Count),
         batches.Sum(b => b.Workloads.Count),
         batches.Sum(b => b.Samples.LongCount()),
         batches.Sum(b => b.CostLines.LongCount()));

    private (long Accounts, long Workloads, long Samples, long CostLines) Counts() =>
        (Scalar<long>("SELECT count(*) FROM accounts"),
         Scalar<long>("SELECT count(*) FROM workloads"),
         Scalar<long>("SELECT count(*) FROM utilization_hourly"),
         Scalar<long>("SELECT count(*) FROM cost_daily"));

    private T Scalar<T>(string sql, params object?[] args)
    {
        using var connection = store.Connect();
        return connection.ExecuteScalar<T>(sql, args)!;
    }
}
