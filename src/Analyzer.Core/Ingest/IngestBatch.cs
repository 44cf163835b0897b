using Analyzer.Core.Costs;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Ingest;

/// <summary>
/// What one collection step hands the store: the inventory it saw and the samples and cost lines of one window.
/// The store loads a batch in one transaction and replaces what it held for the same source, scope and window,
/// so reloading a window is idempotent and a failed load leaves the store as it was.
/// </summary>
/// <param name="Source">Who produced it: "demo", "cloudwatch", "cost-explorer", "cur", ...</param>
/// <param name="Window">The window the samples and cost lines cover.</param>
/// <param name="Samples">Streamed: enumerated once, inside the load's transaction.</param>
/// <param name="CostLines">Streamed: enumerated once, inside the load's transaction.</param>
/// <param name="AccountIds">The accounts whose cost lines in the window this batch replaces.</param>
public sealed record IngestBatch(
    string Source,
    Period Window,
    IReadOnlyList<string> AccountIds,
    IReadOnlyList<Account> Accounts,
    IReadOnlyList<Workload> Workloads,
    IEnumerable<UtilizationSample> Samples,
    IEnumerable<CostLine> CostLines);
