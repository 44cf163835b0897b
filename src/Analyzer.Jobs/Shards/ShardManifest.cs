using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analyzer.Jobs.Shards;

/// <summary>
/// What one shard wrote, as <c>manifest.json</c> beside its Parquet files, written last: a shard folder without it
/// is incomplete. The merge checks every manifest of a period against the others (same shard count, schema and
/// window, no account in two shards) and each table's rows against its file.
/// </summary>
public sealed record ShardManifest
{
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public int Version { get; init; } = CurrentVersion;

    /// <summary>The run's period: the UTC day its collection window ends at.</summary>
    public required DateOnly Period { get; init; }

    public required int Shard { get; init; }

    public required int Shards { get; init; }

    /// <summary>The newest schema migration of the build that wrote the files.</summary>
    public required string Schema { get; init; }

    /// <summary>The accounts of this shard's slice, in id order (empty: none of the organisation's fell in it).</summary>
    public required IReadOnlyList<string> Accounts { get; init; }

    /// <summary>Rows per table file.</summary>
    public required IReadOnlyDictionary<string, long> Tables { get; init; }

    /// <summary>Accounts, regions or calls the shard's collection could not read.</summary>
    public int CollectionFailures { get; init; }

    public DateTimeOffset WrittenAt { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a manifest; null when the file is not one (the merge names the shard as unreadable).</summary>
    public static ShardManifest? TryRead(string path)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<ShardManifest>(File.ReadAllText(path), Json);
            return manifest is { Version: CurrentVersion } ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
