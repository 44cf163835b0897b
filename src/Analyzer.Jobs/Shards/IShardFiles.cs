namespace Analyzer.Jobs.Shards;

/// <summary>
/// Where the shards' files are kept, a real seam: a local folder or S3. Folders are relative, '/'-separated and
/// built by <see cref="ShardLayout"/> from typed values.
/// </summary>
internal interface IShardFiles
{
    /// <summary>Puts <paramref name="files"/> (local paths) into <paramref name="folder"/>, in order, each under its own file name.</summary>
    Task PutAsync(string folder, IReadOnlyList<string> files, CancellationToken cancellationToken);

    /// <summary>A local folder holding what <paramref name="folder"/> holds (downloaded into <paramref name="scratch"/> when remote).</summary>
    Task<string> FetchAsync(string folder, string scratch, CancellationToken cancellationToken);

    /// <summary>How a person finds <paramref name="folder"/>: "s3://bucket/prefix/2026-12-02/shard=2/" or a local path.</summary>
    string Describe(string folder);
}
