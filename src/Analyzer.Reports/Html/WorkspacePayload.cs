using System.IO.Compression;

namespace Analyzer.Reports.Html;

/// <summary>
/// The workspace's data as the page embeds it: the JSON gzip-compressed, as base64 text in a script tag. The page is
/// one file opened from disk, so it cannot fetch a side file; compressed, the data of 100,000 workloads is a few
/// megabytes instead of tens. The report's script unpacks it with the browser's DecompressionStream('gzip').
/// Base64 holds only letters, digits, '+', '/' and '=': nothing in it can close the script tag.
/// </summary>
internal static class WorkspacePayload
{
    public static string Encode(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(json);
        }

        return Convert.ToBase64String(compressed.GetBuffer(), 0, (int)compressed.Length);
    }
}
