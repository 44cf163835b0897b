using Analyzer.Analysis.Reporting;
using Analyzer.Core.Ingest;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Analysis.Tests;

/// <summary>Karpenter nodes beside the fortnight's instances: their NodePool sized as one fleet in the run and the report.</summary>
public sealed class NodePoolFleetReportTests : IDisposable
{
    private readonly EngineStore store = new();

    public NodePoolFleetReportTests()
    {
        store.LoadFortnight();
        using (var connection = store.Store.Connect())
        {
            TestCatalog.Insert(connection);
        }

        // Two m5.2xlarge nodes of NodePool "general" in cluster prod, each at 6% CPU (max 8%) and 3 of 32 GiB every hour.
        var tags = new Dictionary<string, string> { ["karpenter.sh/nodepool"] = "general", ["kubernetes.io/cluster/prod"] = "owned" };
        Workload[] nodes = [EngineStore.Steady with { WorkloadId = "i-node-1", Name = "node-1", Tags = tags }, EngineStore.Steady with { WorkloadId = "i-node-2", Name = "node-2", Tags = tags }];
        var samples = nodes.SelectMany(n => Enumerable.Range(0, 336).Select(h => new UtilizationSample(n.WorkloadId, EngineStore.Window.Start.AddHours(h), 6, 8, 8, 9.375, 1e6, 2e6, null, null, null, null, null)));
        store.Store.Load(new IngestBatch("test", EngineStore.Window, ["111111111111"], [new Account("111111111111", "prod")], nodes, [.. samples], []));
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void Build_KarpenterNodes_ReportTheirNodePoolSizedAsOneFleet()
    {
        var run = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());

        var model = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!;

        // 2 units of m5.2xlarge every hour: 2 x 0.384 x 730 = 560.64 a month today; the pool's CPU is 2 x 8% x 8 = 1.28
        // vCPU at its busiest, so it is sized on 1.28 x 1.2 = 1.536 vCPU in total (and 3.6 GiB a unit), not per node.
        var pool = Assert.Single(model.NodePools);
        var fleet = pool.Fleet!;
        Assert.Equal(("general", "prod", 2, "m5.2xlarge"), (pool.NodePool, pool.Cluster, pool.Nodes, fleet.UnitType));
        Assert.Equal((2d, 2d, 2d), (fleet.UnitsMin, fleet.UnitsMax, fleet.UnitsAverage));
        Assert.Equal(1.28, fleet.FleetCpuP99Vcpu!.Value, 6);
        Assert.Equal(560.64m, pool.CurrentMonthlyCost);
        Assert.True(fleet.MonthlyCost < 560.64m);
        Assert.Contains("sized as one fleet on the pool's summed demand (1.28 vCPU at p99", pool.Advice, StringComparison.Ordinal);
        Assert.StartsWith("Set the NodePool's requirements to launch", pool.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_KarpenterNodes_EachCarriesItsShareOfThePoolSoTheHeadlineCountsThePoolOnce()
    {
        var run = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());
        var model = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!;

        // The pool (2 x m5.2xlarge, 1.536 vCPU and 3.6 GiB a unit needed) is sized to 2 x m7g.medium (1 vCPU, 4 GiB
        // each): 2 x 0.0408 x 730 = 59.568 a month. Each node costs 0.384 x 730 = 280.32 today, half the pool's 560.64, so each is recommended at
        // half the pool's fleet, 29.784, saving 280.32 - 29.784 = 250.536; the two save 501.072 = 560.64 - 59.568, the
        // pool's savings counted once (before, each node's own rightsizing was counted beside the pool's).
        var pool = Assert.Single(model.NodePools);
        Assert.Equal(59.57m, pool.Fleet!.MonthlyCost); // the report rounds to the cent
        var nodes = run.Evaluations.Where(e => e.WorkloadId.StartsWith("i-node-", StringComparison.Ordinal)).OrderBy(e => e.WorkloadId, StringComparer.Ordinal).ToList();
        Assert.All(nodes, n =>
        {
            var chosen = n.Recommendation.Chosen;
            Assert.Equal(("nodepool:graviton:m7g.medium", 29.784m, 250.536m), (chosen.Option, chosen.MonthlyCost, chosen.MonthlySavings));
            Assert.Contains("this node's share (50% of the pool's cost today) of Karpenter NodePool general (cluster prod)", chosen.Reason, StringComparison.Ordinal);
            Assert.All(n.Options.Where(o => !o.Option.StartsWith("nodepool:", StringComparison.Ordinal)
                    && o.Family is Core.Options.OptionFamily.Ec2Rightsized or Core.Options.OptionFamily.Graviton or Core.Options.OptionFamily.Ec2Spot),
                o => Assert.False(o.Feasible));
            Assert.Contains(n.Options, o => o.Family == Core.Options.OptionFamily.Ec2Rightsized && o.Reason!.StartsWith("not a lever under Karpenter", StringComparison.Ordinal));
        });
        Assert.Equal(501.072m, nodes.Sum(n => n.Recommendation.Chosen.MonthlySavings!.Value));
        // The report's rows, each to the cent: 2 x (280.32 - 29.78) = 501.08.
        Assert.Equal(501.08m, Math.Round(model.Workloads.Where(w => w.WorkloadId.StartsWith("i-node-", StringComparison.Ordinal)).Sum(w => w.RecommendedSavings), 2));
    }
}
