using System.Text.Json;

namespace Analyzer.Testing.FakeAws;

/// <summary>A request the fake accepted (signature verified), routed to a service and operation.</summary>
public sealed class FakeAwsRequest
{
    public required string Method { get; init; }

    public required string Path { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> Query { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required byte[] Body { get; init; }

    /// <summary>The signing name from the credential scope: "ec2", "monitoring", "ce", "lambda", ...</summary>
    public required string Service { get; init; }

    public required string Operation { get; init; }

    /// <summary>The region from the credential scope the request was signed for.</summary>
    public string Region { get; init; } = string.Empty;

    public required FakeAwsProtocol Protocol { get; init; }

    public required FakeAwsCredential Credential { get; init; }

    /// <summary>Query protocols: the decoded form parameters.</summary>
    public IReadOnlyDictionary<string, string> Form { get; init; } = new Dictionary<string, string>();

    public string? Param(string name) => Form.TryGetValue(name, out var value) ? value : null;

    /// <summary>JSON protocols: the parsed body.</summary>
    public JsonElement Json => JsonDocument.Parse(Body.Length == 0 ? "{}"u8.ToArray() : Body).RootElement;
}
