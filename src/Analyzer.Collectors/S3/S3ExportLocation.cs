namespace Analyzer.Collectors.S3;

/// <summary>An <c>s3://bucket/prefix</c> address: a bucket and the key prefix of an export's objects.</summary>
public sealed record S3ExportLocation(string Bucket, string Prefix)
{
    public const string Scheme = "s3://";

    public static bool IsS3(string path) => path?.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ?? false;

    /// <summary>Parses <c>s3://bucket[/prefix]</c>; null when <paramref name="text"/> is not a valid S3 address.</summary>
    public static S3ExportLocation? TryParse(string text)
    {
        if (!IsS3(text))
        {
            return null;
        }

        var rest = text[Scheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? string.Empty : rest[(slash + 1)..];
        // Bucket names: 3-63 lower-case letters, digits, dots and hyphens (AWS's naming rules).
        var valid = bucket.Length is >= 3 and <= 63 && bucket.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-');
        return valid ? new S3ExportLocation(bucket, prefix) : null;
    }

    public override string ToString() => $"{Scheme}{Bucket}/{Prefix}";
}
