using Analyzer.Collectors;
using Analyzer.Core.Collection;

namespace Analyzer.Jobs.Collect;

/// <summary>What `analyzer collect` did: rows loaded per table, the failures it carried on past, and the session.</summary>
internal sealed record CollectOutcome(
    CollectionSession Session,
    IReadOnlyList<CollectionFailure> Failures,
    int Batches,
    long Accounts,
    long Workloads,
    long Samples,
    long CostLines)
{
    public IReadOnlyList<string> Notes { get; init; } = [];

    public long SpotPrices { get; init; }

    public long Recommendations { get; init; }

    public long MonthlyCosts { get; init; }

    /// <summary>Logs Insights, before its queries: the stored bytes of the log groups queried (the most they could scan).</summary>
    public long LogsBytesEstimated { get; init; }

    /// <summary>Logs Insights, after: the bytes AWS reports its queries scanned.</summary>
    public long LogsBytesScanned { get; init; }

    /// <summary>Something failed and nothing at all was loaded: the run as a whole failed.</summary>
    public bool NothingCollected => Failures.Count > 0 && Batches == 0;
}
