namespace Analyzer.Collectors.S3;

/// <summary>
/// Every S3 operation Analyzer calls. A test checks that the AWS Batch job role (docker/batch/job-role-policy.json)
/// grants these actions and no other S3 action, each only under the report prefix.
/// </summary>
public static class S3Operations
{
    /// <summary>Uploads a report, or a shard's Parquet file.</summary>
    public static readonly S3Operation PutObject = new("PutObject", "s3:PutObject");

    /// <summary>Reads a billing export file, or a shard's Parquet file for the merge.</summary>
    public static readonly S3Operation GetObject = new("GetObject", "s3:GetObject");

    /// <summary>Lists a billing export, or the shards of a period.</summary>
    public static readonly S3Operation ListObjectsV2 = new("ListObjectsV2", "s3:ListBucket");

    public static IReadOnlyList<S3Operation> All { get; } = [PutObject, GetObject, ListObjectsV2];
}
