using Analyzer.Core.Sharding;

namespace Analyzer.Jobs.Shards;

/// <summary>
/// A sharded run's part: shard <see cref="Slice"/> of the run for <see cref="Period"/>, or (with no slice) the merge
/// of its shards, all meeting at <see cref="Uri"/>.
/// </summary>
/// <param name="Period">The UTC day the run's collection window ends at: every shard and the merge name the same one.</param>
public sealed record ShardRun(ShardsUri Uri, DateOnly Period)
{
    /// <summary>The accounts this job collects; null: this job is the merge.</summary>
    public ShardSlice? Slice { get; init; }

    /// <summary>How many shards the merge expects; null: what the shards' manifests say.</summary>
    public int? ExpectedShards { get; init; }

    /// <summary>The AWS endpoint for S3 (moto, a VPC endpoint); null: the SDK's default.</summary>
    public Uri? Endpoint { get; init; }

    internal IShardFiles Files() => Uri.S3 is { } s3 ? new S3ShardFiles(s3, Endpoint) : new LocalShardFiles(Uri.Folder!);
}
