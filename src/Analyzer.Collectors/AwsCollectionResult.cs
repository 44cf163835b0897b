using Analyzer.Collectors.Aws;
using Analyzer.Core.Ingest;

namespace Analyzer.Collectors;

/// <summary>
/// What a collection run produced: batches for the store to load, the failures it recorded instead of stopping,
/// the Cost Explorer watermarks to keep for next time, and the call counts (paid requests, metrics requested).
/// </summary>
public sealed record AwsCollectionResult(
    IReadOnlyList<IngestBatch> Batches,
    IReadOnlyList<CollectionFailure> Failures,
    IReadOnlyDictionary<string, DateOnly> CostClosedThrough,
    AwsCallCounter Counter);
