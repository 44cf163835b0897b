using Analyzer.Collectors.S3;

namespace Analyzer.Jobs.Shards;

/// <summary>
/// Where a sharded run's shards meet: a local folder (tests, one machine, a shared EFS volume) or
/// <c>s3://bucket/prefix</c> (AWS Batch). Exactly one of <see cref="Folder"/> and <see cref="S3"/> is set.
/// </summary>
public sealed record ShardsUri
{
    private ShardsUri(string? folder, S3ExportLocation? s3)
    {
        Folder = folder;
        S3 = s3;
    }

    /// <summary>Full path of the local folder; null for S3.</summary>
    public string? Folder { get; }

    public S3ExportLocation? S3 { get; }

    public static ShardsUri InFolder(string fullPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(fullPath);
        return new ShardsUri(Path.GetFullPath(fullPath), null);
    }

    public static ShardsUri InS3(S3ExportLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new ShardsUri(null, location);
    }

    public override string ToString() => S3?.ToString() ?? Folder!;
}
