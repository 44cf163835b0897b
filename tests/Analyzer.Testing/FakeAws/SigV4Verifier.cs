using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// Verifies an AWS Signature Version 4 Authorization header from the spec, independently of the SDK:
/// canonical request, string to sign, and the HMAC-SHA256 key derivation chain
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
/// </summary>
public static class SigV4Verifier
{
    private const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>The parsed credential scope of a request, or null with the reason it is malformed.</summary>
    public static (SigV4Scope? Scope, string? Error) ParseAuthorization(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            return (null, "Missing or non-SigV4 Authorization header.");
        }

        var parts = authorization[(Algorithm.Length + 1)..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("Credential", out var credential) || !parts.TryGetValue("SignedHeaders", out var signedHeaders)
            || !parts.TryGetValue("Signature", out var signature))
        {
            return (null, "Authorization header lacks Credential, SignedHeaders or Signature.");
        }

        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
        {
            return (null, $"Malformed credential scope '{credential}'.");
        }

        return (new SigV4Scope(scope[0], scope[1], scope[2], scope[3], signedHeaders.Split(';'), signature), null);
    }

    /// <summary>Recomputes the signature with <paramref name="secretAccessKey"/>; null when it matches, else why not.</summary>
    public static string? Verify(SigV4Scope scope, string secretAccessKey, string method, string rawPath, string rawQuery,
        IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(headers);
        if (!headers.TryGetValue("x-amz-date", out var amzDate) || amzDate.Length < 8 || amzDate[..8] != scope.Date)
        {
            return "X-Amz-Date is missing or does not match the credential scope date.";
        }

        if (!scope.SignedHeaders.Contains("host"))
        {
            return "The host header is not signed.";
        }

        var payloadHash = Hex(SHA256.HashData(body));
        if (headers.TryGetValue("x-amz-content-sha256", out var claimed) && claimed != payloadHash && claimed != "UNSIGNED-PAYLOAD")
        {
            return "X-Amz-Content-SHA256 does not match the body.";
        }

        var canonicalHeaders = new StringBuilder();
        foreach (var name in scope.SignedHeaders)
        {
            if (!headers.TryGetValue(name, out var value))
            {
                return $"Signed header '{name}' is missing.";
            }

            canonicalHeaders.Append(name).Append(':').Append(CollapseSpaces(value.Trim())).Append('\n');
        }

        var canonicalRequest = string.Join('\n',
            method,
            CanonicalPath(rawPath),
            CanonicalQuery(rawQuery),
            canonicalHeaders.ToString(),
            string.Join(';', scope.SignedHeaders),
            payloadHash);
        var credentialScope = $"{scope.Date}/{scope.Region}/{scope.Service}/aws4_request";
        var stringToSign = string.Join('\n', Algorithm, amzDate, credentialScope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), scope.Date);
        key = Hmac(key, scope.Region);
        key = Hmac(key, scope.Service);
        key = Hmac(key, "aws4_request");
        var expected = Hex(Hmac(key, stringToSign));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(scope.Signature))
            ? null
            : "The request signature we calculated does not match the signature you provided.";
    }

    // Non-S3 services sign the path URI-encoded twice: the raw path is already encoded once on the wire.
    private static string CanonicalPath(string rawPath) =>
        rawPath.Length == 0 ? "/" : string.Join('/', rawPath.Split('/').Select(Uri.EscapeDataString));

    private static string CanonicalQuery(string rawQuery)
    {
        var query = rawQuery.TrimStart('?');
        if (query.Length == 0)
        {
            return string.Empty;
        }

        return string.Join('&', query.Split('&')
            .Select(pair => pair.Split('=', 2))
            .Select(kv => (Key: Uri.EscapeDataString(Uri.UnescapeDataString(kv[0])), Value: Uri.EscapeDataString(Uri.UnescapeDataString(kv.Length > 1 ? kv[1] : string.Empty))))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ThenBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}={kv.Value}"));
    }

    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        var previousSpace = false;
        foreach (var c in value)
        {
            if (c == ' ' && previousSpace)
            {
                continue;
            }

            previousSpace = c == ' ';
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLower(CultureInfo.InvariantCulture);
}
