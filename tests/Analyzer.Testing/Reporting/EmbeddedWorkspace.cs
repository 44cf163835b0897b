using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Analyzer.Testing.Reporting;

/// <summary>
/// Reads the workspace data an HTML report embeds (gzip-compressed JSON as base64 in the "report-data" script tag)
/// back into JSON, as the page's script does with the browser's DecompressionStream.
/// </summary>
public static partial class EmbeddedWorkspace
{
    /// <summary>The base64 text in the page's data tag.</summary>
    public static string Base64(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var match = DataTag().Match(html);
        Assert.True(match.Success, "the page has no report-data script tag");
        return match.Groups[1].Value;
    }

    /// <summary>The data's JSON text, unpacked.</summary>
    public static string Json(string html)
    {
        using var compressed = new MemoryStream(Convert.FromBase64String(Base64(html)));
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    public static JsonDocument Read(string html) => JsonDocument.Parse(Json(html));

    [GeneratedRegex("""<script type="application/gzip" id="report-data" data-encoding="base64">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex DataTag();
}
