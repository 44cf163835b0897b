namespace Analyzer.Collectors.S3;

/// <summary>One S3 API operation Analyzer calls and the IAM action that allows it (ListObjectsV2 needs s3:ListBucket).</summary>
public sealed record S3Operation(string Name, string IamAction);
