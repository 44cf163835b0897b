using Amazon.Runtime;

namespace Analyzer.Collectors.Aws;

/// <summary>A successful response's body, kept whole so the typed client can parse it and name what was wrong.</summary>
internal sealed class AwsRawResponse : AmazonWebServiceResponse
{
    public byte[] Body { get; init; } = [];
}
