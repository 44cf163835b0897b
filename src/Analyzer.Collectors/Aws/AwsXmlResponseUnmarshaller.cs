using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace Analyzer.Collectors.Aws;

internal sealed class AwsXmlResponseUnmarshaller : XmlResponseUnmarshaller
{
    public static readonly AwsXmlResponseUnmarshaller Instance = new();

    public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AwsResponseUnmarshallers.Success(context.Stream);
    }

    public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AwsResponseUnmarshallers.Error(context, context.Stream, innerException, statusCode);
    }
}
