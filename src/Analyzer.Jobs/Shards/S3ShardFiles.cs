using Analyzer.Collectors.Aws;
using Analyzer.Collectors.S3;

namespace Analyzer.Jobs.Shards;

/// <summary>
/// Shards under <c>s3://bucket/prefix</c>, with the S3 client code the reports' upload uses: PutObject under the
/// prefix (the one write Analyzer makes in AWS), ListObjectsV2 and GetObject for the merge.
/// </summary>
internal sealed class S3ShardFiles(S3ExportLocation location, Uri? endpoint) : IShardFiles
{
    private static readonly string[] ShardSuffixes = [".parquet", ShardLayout.Manifest];

    private readonly AwsClientOptions options = new() { EndpointUrl = endpoint };

    public async Task PutAsync(string folder, IReadOnlyList<string> files, CancellationToken cancellationToken) =>
        await new ReportUploader(options).UploadAsync(location, folder, files, cancellationToken);

    public async Task<string> FetchAsync(string folder, string scratch, CancellationToken cancellationToken)
    {
        var downloader = new S3ExportDownloader(options) { Suffixes = ShardSuffixes };
        await downloader.DownloadAsync(location with { Prefix = Prefix(folder) }, scratch, cancellationToken);
        return scratch;
    }

    public string Describe(string folder) => $"{S3ExportLocation.Scheme}{location.Bucket}/{Prefix(folder)}";

    /// <summary>"prefix/folder/": the folder's keys, inside the configured prefix.</summary>
    private string Prefix(string folder) =>
        (location.Prefix.Length == 0 || location.Prefix.EndsWith('/') ? location.Prefix : location.Prefix + "/") + folder + "/";
}
