using Analyzer.Core.Sharding;

namespace Analyzer.Jobs.Collect;

/// <summary>What one collection was asked for: the configuration file and the command-line values that override it.</summary>
public sealed record CollectRequest(
    CollectConfig File,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Roles,
    Uri? EndpointUrl,
    int? LookbackDays,
    int? OrganizationMonths)
{
    /// <summary>Collect only the accounts of this shard (<see cref="ShardSlice"/>); null: every account.</summary>
    public ShardSlice? Shard { get; init; }

    /// <summary>
    /// The UTC day the window ends at (exclusive); null: today. Shards of one run pin it, so a shard retried the next
    /// day collects the same days as the others.
    /// </summary>
    public DateOnly? WindowEnd { get; init; }
}
