using Amazon.Runtime;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// One serialized call: the operation and what goes on the wire. <see cref="AwsRequestMarshaller"/> turns it into
/// the SDK's request for the service's protocol.
/// </summary>
internal sealed class AwsRequest : AmazonWebServiceRequest
{
    private AwsRequest(AwsOperation operation) => Operation = operation;

    public AwsOperation Operation { get; }

    /// <summary>JSON and REST-JSON: the UTF-8 JSON body, if any.</summary>
    public byte[]? JsonBody { get; private init; }

    /// <summary>Query and EC2: the form parameters besides Action and Version.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; private init; } = [];

    /// <summary>REST-JSON: the HTTP method and the path, already percent-encoded.</summary>
    public string HttpMethod { get; private init; } = "POST";

    public string Path { get; private init; } = "/";

    public static AwsRequest Json(AwsOperation operation, byte[] body) => new(operation) { JsonBody = body };

    public static AwsRequest Query(AwsOperation operation, IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        new(operation) { Parameters = parameters };

    public static AwsRequest Rest(AwsOperation operation, string method, string path, IReadOnlyList<KeyValuePair<string, string>> query) =>
        new(operation) { HttpMethod = method, Path = path, Parameters = query };
}
