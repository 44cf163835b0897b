using Amazon.S3.Model;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.S3;

/// <summary>
/// Uploads a run's report files to <c>s3://bucket/prefix/&lt;run id&gt;/</c> with PutObject: the one write Analyzer
/// ever makes in AWS. Only the files named are sent (never the store), each with its content type, so a browser
/// opens the HTML and PDF from S3 as they are. Keys are built from the run id and local file names only.
/// </summary>
public sealed class ReportUploader(AwsClientOptions options)
{
    /// <summary>The IAM action the uploading role needs on the bucket (and only there).</summary>
    public static string IamAction => S3Operations.PutObject.IamAction;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".csv"] = "text/csv; charset=utf-8",
        [".json"] = "application/json",
    };

    /// <summary>Uploads <paramref name="files"/> in order; returns the keys written.</summary>
    public async Task<IReadOnlyList<string>> UploadAsync(S3ExportLocation destination, string runId, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(files);
        var folder = KeyPrefix(destination.Prefix, runId);
        using var s3 = S3Calls.Client(options);
        var keys = new List<string>();
        foreach (var file in files)
        {
            var key = folder + Path.GetFileName(file);
            var request = new PutObjectRequest
            {
                BucketName = destination.Bucket,
                Key = key,
                FilePath = file,
                ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"),
            };
            await S3Calls.CallAsync(S3Operations.PutObject.Name, IamAction, () => s3.PutObjectAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false);
            keys.Add(key);
        }

        return keys;
    }

    /// <summary>"prefix/run/" (or "run/" with no prefix); the run id is ours, so the key stays inside the prefix.</summary>
    internal static string KeyPrefix(string prefix, string runId) =>
        (prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/") + runId + "/";
}
