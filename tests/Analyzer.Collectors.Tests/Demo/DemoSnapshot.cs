using Analyzer.Collectors.Demo;
using Analyzer.Core.Costs;
using Analyzer.Core.Ingest;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Tests.Demo;

/// <summary>Every record of a (short) demo generation, indexed for the tests.</summary>
internal sealed class DemoSnapshot
{
    private DemoSnapshot(IReadOnlyList<IngestBatch> batches)
    {
        Batches = batches;
        Workloads = batches.SelectMany(b => b.Workloads).ToArray();
        Samples = batches.SelectMany(b => b.Samples)
            .GroupBy(s => s.WorkloadId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<UtilizationSample>)g.ToArray());
        CostLines = batches.SelectMany(b => b.CostLines).ToArray();
    }

    public IReadOnlyList<IngestBatch> Batches { get; }

    public IReadOnlyList<Workload> Workloads { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<UtilizationSample>> Samples { get; }

    public IReadOnlyList<CostLine> CostLines { get; }

    public static DemoSnapshot Take(IReadOnlyList<IngestBatch> batches) => new(batches);

    public IReadOnlyList<Workload> WithPattern(string pattern) =>
        Workloads.Where(w => w.Tags[DemoPatterns.Tag] == pattern).ToArray();

    public IReadOnlyList<UtilizationSample> SamplesOf(Workload workload) =>
        Samples.TryGetValue(workload.WorkloadId, out var samples) ? samples : [];

    public IReadOnlyList<CostLine> CostLinesOf(Workload workload) =>
        CostLines.Where(c => c.ResourceId == workload.WorkloadId).ToArray();
}
