using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace Analyzer.Collectors.Aws;

internal sealed class AwsJsonResponseUnmarshaller : JsonResponseUnmarshaller
{
    public static readonly AwsJsonResponseUnmarshaller Instance = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AwsResponseUnmarshallers.Success(context.Stream);
    }

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AwsResponseUnmarshallers.Error(context, context.Stream, innerException, statusCode);
    }
}
