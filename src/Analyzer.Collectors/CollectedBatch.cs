using Analyzer.Core.Collection;
using Analyzer.Core.Ingest;

namespace Analyzer.Collectors;

/// <summary>
/// One finished piece of a collection run for the caller to commit: the batch to load, then the watermarks it
/// completes. Commit the batch first; a watermark saved before its data could skip that data for good.
/// </summary>
public sealed record CollectedBatch(IngestBatch Batch, IReadOnlyList<CollectionWatermark> Watermarks);
