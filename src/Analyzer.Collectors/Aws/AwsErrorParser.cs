using System.Net;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Amazon.Runtime;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// Reads an error body in any of the protocols' shapes into the SDK's <see cref="AmazonServiceException"/>, whose
/// ErrorCode and StatusCode the SDK's retry policy classifies (throttling, transient, or final).
/// JSON: {"__type": "ns#Code", "message": ...}; query: ErrorResponse/Error/Code; EC2: Response/Errors/Error/Code.
/// </summary>
internal static class AwsErrorParser
{
    public static AmazonServiceException Parse(byte[] body, string? errorTypeHeader, Exception? inner, HttpStatusCode status)
    {
        var (code, message, requestId) = body.Length > 0 && body[0] == (byte)'<' ? FromXml(body) : FromJson(body);
        code ??= CleanCode(errorTypeHeader) ?? status.ToString();
        message ??= $"HTTP {(int)status} with no error message.";
        var type = (int)status >= 500 ? ErrorType.Receiver : ErrorType.Sender;
        return new AmazonServiceException(message, inner, type, code, requestId, status);
    }

    private static (string? Code, string? Message, string? RequestId) FromJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null);
            }

            var code = Property(root, "__type") ?? Property(root, "code") ?? Property(root, "Code");
            var message = Property(root, "message") ?? Property(root, "Message");
            return (CleanCode(code), message, null);
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }

    private static (string? Code, string? Message, string? RequestId) FromXml(byte[] body)
    {
        try
        {
            using var stream = new MemoryStream(body);
            var document = XDocument.Load(stream);
            string? First(string name) => document.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            return (First("Code"), First("Message"), First("RequestId") ?? First("RequestID"));
        }
        catch (XmlException)
        {
            return (null, null, null);
        }
    }

    private static string? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "aws.protocoltests#ThrottlingException:http://..." -> "ThrottlingException"
    private static string? CleanCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var hash = code.LastIndexOf('#');
        var cleaned = hash >= 0 ? code[(hash + 1)..] : code;
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? cleaned[..colon] : cleaned;
    }
}
