using Analyzer.Core.Collection;
using Analyzer.Core.Ingest;

namespace Analyzer.Collectors;

/// <summary>
/// One finished piece of a collection run for the caller to commit: the batch to load, then the watermarks it
/// completes. Commit the batch first; a watermark saved before its data could skip that data for good.
/// </summary>
public sealed record CollectedBatch(IngestBatch Batch, IReadOnlyList<CollectionWatermark> Watermarks)
{
    /// <summary>Replace the store's averages for their region and window.</summary>
    public IReadOnlyList<SpotPriceAverage> SpotPrices { get; init; } = [];

    /// <summary>Replace the store's Compute Optimizer rows for the account and region; null when they could not be read (not enrolled, denied): the store keeps what it had.</summary>
    public IReadOnlyList<Ec2Recommendation>? Recommendations { get; init; }

    /// <summary>Like <see cref="Recommendations"/>, for Auto Scaling groups.</summary>
    public IReadOnlyList<AsgRecommendation>? AsgRecommendations { get; init; }

    /// <summary>Like <see cref="Recommendations"/>, for Lambda functions.</summary>
    public IReadOnlyList<LambdaRecommendation>? LambdaRecommendations { get; init; }

    /// <summary>Like <see cref="Recommendations"/>, for ECS services.</summary>
    public IReadOnlyList<EcsRecommendation>? EcsRecommendations { get; init; }

    /// <summary>Cost Explorer's insights for the batch's account; each non-null set replaces its scope (null: none read).</summary>
    public CostExplorerInsights? Insights { get; init; }

    /// <summary>Replace the store's capacity reservations of the batch's account and region; null when they could not be read.</summary>
    public IReadOnlyList<CapacityReservation>? CapacityReservations { get; init; }

    /// <summary>Replace the store's Dedicated Hosts of the batch's account and region; null when they could not be read.</summary>
    public IReadOnlyList<DedicatedHost>? DedicatedHosts { get; init; }

    /// <summary>Replace the store's Reserved Instances of the batch's account and region; null when they could not be read.</summary>
    public IReadOnlyList<ReservedInstance>? ReservedInstances { get; init; }

    /// <summary>The region the spot prices and recommendations describe (null when there are none).</summary>
    public string? Region { get; init; }
}
