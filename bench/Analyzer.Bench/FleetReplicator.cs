using Analyzer.Core.Costs;
using Analyzer.Core.Ingest;
using Analyzer.Core.Workloads;

namespace Analyzer.Bench;

/// <summary>
/// Copies the demo's batches <c>n</c> times as distinct accounts and workloads (replica k renames every account id's
/// first three digits to k and suffixes every workload and resource id with "-r{k}"), so a 10x fleet is ten demos
/// side by side, with the demo's own shape of samples and cost lines. Replica 0 is the demo unchanged. Samples and
/// cost lines before <c>from</c> are left out (a fleet with fewer days of history).
/// </summary>
internal static class FleetReplicator
{
    public static IReadOnlyList<IngestBatch> Replicate(IReadOnlyList<IngestBatch> batches, int n, DateTime from) =>
        Enumerable.Range(0, n).SelectMany(k => batches.Select(b => Copy(b, k, from))).ToArray();

    private static IngestBatch Copy(IngestBatch batch, int k, DateTime from) => new(
        batch.Source,
        batch.Window,
        batch.AccountIds.Select(a => Account(a, k)).ToArray(),
        batch.Accounts.Select(a => a with { AccountId = Account(a.AccountId, k), Name = k == 0 ? a.Name : $"{a.Name} r{k}" }).ToArray(),
        batch.Workloads.Select(w => w with { WorkloadId = Id(w.WorkloadId, k), AccountId = Account(w.AccountId, k) }).ToArray(),
        batch.Samples.Where(s => s.Hour >= from).Select(s => k == 0 ? s : s with { WorkloadId = Id(s.WorkloadId, k) }),
        batch.CostLines.Where(c => c.UsageDate >= DateOnly.FromDateTime(from)).Select(c => k == 0 ? c : Cost(c, k)));

    private static CostLine Cost(CostLine line, int k) =>
        line with { AccountId = Account(line.AccountId, k), ResourceId = line.ResourceId is null ? null : Id(line.ResourceId, k) };

    private static string Account(string accountId, int k) => k == 0 ? accountId : $"{k:D3}{accountId[3..]}";

    private static string Id(string id, int k) => k == 0 ? id : $"{id}-r{k}";
}
