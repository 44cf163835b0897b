using System.Text;

namespace Analyzer.Testing.FakeAws;

/// <summary>What the fake sends back.</summary>
/// <param name="SendBytes">Send only this many body bytes, then drop the connection (a truncated body).</param>
public sealed record FakeAwsResponse(int Status, string ContentType, byte[] Body, int? SendBytes = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeAwsResponse Xml(string xml) => new(200, "text/xml;charset=UTF-8", Encoding.UTF8.GetBytes(xml));

    public static FakeAwsResponse Json(string json) => new(200, "application/x-amz-json-1.1", Encoding.UTF8.GetBytes(json));
}
