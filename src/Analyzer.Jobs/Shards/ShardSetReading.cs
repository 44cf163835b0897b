using Analyzer.Storage.Shards;

namespace Analyzer.Jobs.Shards;

/// <summary>The shards of one period as the merge found them: their files and manifests, or why they cannot be merged.</summary>
internal sealed record ShardSetReading(IReadOnlyList<ShardTableFile> Files, IReadOnlyList<ShardManifest> Manifests, IReadOnlyList<string> Problems);
