using Amazon.S3.Model;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.S3;

/// <summary>
/// Downloads a billing export (CUR 2.0 or FOCUS data files, Parquet or CSV) from S3 into a local directory with the
/// SDK's S3 client: ListObjectsV2 page by page, then GetObject for each data file. Object keys are untrusted: a key
/// whose path would leave the directory (<c>../</c>, an absolute path) fails the download. By default manifests and other
/// files (anything not ending in a lower-case .parquet, .csv, .csv.gz or .csv.zst) are skipped. Credentials, region and endpoint come from the same <see cref="AwsClientOptions"/> as a
/// collection; with an endpoint override, requests use path-style addressing (moto, MinIO, a VPC endpoint).
/// </summary>
public sealed class S3ExportDownloader(AwsClientOptions options)
{
    private static readonly string[] DataSuffixes = [".parquet", ".csv", ".csv.gz", ".csv.zst"];

    /// <summary>
    /// The endings of the keys downloaded (others are skipped): a billing export's data files by default; the merge of
    /// a sharded run also takes each shard's manifest.json.
    /// </summary>
    public IReadOnlyList<string> Suffixes { get; init; } = DataSuffixes;

    /// <summary>Keys per ListObjectsV2 page; null lets S3 choose (1,000). Tests set it small to exercise paging.</summary>
    internal int? PageSize { get; init; }

    /// <summary>Downloads every data file under <paramref name="location"/>; returns their local paths, in key order.</summary>
    public async Task<IReadOnlyList<string>> DownloadAsync(S3ExportLocation location, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var root = Path.GetFullPath(directory);
        using var s3 = S3Calls.Client(options);
        var files = new List<string>();
        var request = new ListObjectsV2Request { BucketName = location.Bucket, Prefix = location.Prefix, MaxKeys = PageSize };
        do
        {
            var page = await S3Calls.CallAsync(S3Operations.ListObjectsV2.Name, S3Operations.ListObjectsV2.IamAction, () => s3.ListObjectsV2Async(request, cancellationToken), cancellationToken).ConfigureAwait(false);
            foreach (var key in (page.S3Objects ?? []).Select(o => o.Key).Where(IsDataFile))
            {
                var target = LocalPath(root, location.Prefix, key);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var response = await S3Calls.CallAsync(S3Operations.GetObject.Name, S3Operations.GetObject.IamAction, () => s3.GetObjectAsync(location.Bucket, key, cancellationToken), cancellationToken).ConfigureAwait(false);
                var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                await using (stream.ConfigureAwait(false))
                {
                    await response.ResponseStream.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
                }

                files.Add(target);
            }

            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);

        return files;
    }

    /// <summary>Where <paramref name="key"/> goes under <paramref name="root"/>; throws when it would land outside it.</summary>
    internal static string LocalPath(string root, string prefix, string key)
    {
        var relative = key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : key;
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".." || s.Contains('\\', StringComparison.Ordinal) || s.Contains('\0', StringComparison.Ordinal)))
        {
            throw Unsafe(key);
        }

        var full = Path.GetFullPath(Path.Combine([root, .. segments]));
        return full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : throw Unsafe(key);
    }

    private static CollectorException Unsafe(string key) =>
        new("S3", "GetObject", $"object key '{key}' does not name a file inside the download directory; refusing to write it.", isTransient: false);

    private bool IsDataFile(string key) => Suffixes.Any(s => key.EndsWith(s, StringComparison.Ordinal));
}
