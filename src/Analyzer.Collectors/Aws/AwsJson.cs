using System.Text.Json;

namespace Analyzer.Collectors.Aws;

/// <summary>Request bodies and tolerant reading for the JSON protocols; a body that does not parse is "malformed".</summary>
internal static class AwsJson
{
    public static byte[] Body(IReadOnlyDictionary<string, object?> fields) =>
        JsonSerializer.SerializeToUtf8Bytes(fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value));

    /// <summary>Parses the body and hands the root to <paramref name="read"/>; shape errors become a malformed-body error.</summary>
    public static T Read<T>(AwsOperation operation, byte[] body, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return read(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw AwsXml.Malformed(operation, ex.Message, ex);
        }
    }

    public static string? String(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int? Int(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];
}
