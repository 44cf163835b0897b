using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace Analyzer.Collectors.Aws;

/// <summary>Body reading shared by the JSON and XML unmarshallers the SDK pipeline calls.</summary>
internal static class AwsResponseUnmarshallers
{
    public static ResponseUnmarshaller For(AwsProtocol protocol) => protocol switch
    {
        AwsProtocol.Json or AwsProtocol.RestJson => AwsJsonResponseUnmarshaller.Instance,
        _ => AwsXmlResponseUnmarshaller.Instance,
    };

    public static AwsRawResponse Success(Stream stream) => new() { Body = ReadAll(stream) };

    public static AmazonServiceException Error(UnmarshallerContext context, Stream stream, Exception? inner, HttpStatusCode status)
    {
        var body = context.GetResponseBodyBytes();
        if (body is null || body.Length == 0)
        {
            body = ReadAll(stream);
        }

        var errorType = context.ResponseData?.GetHeaderValue("x-amzn-ErrorType");
        return AwsErrorParser.Parse(body, errorType, inner, status);
    }

    private static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            stream.Position = 0;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
