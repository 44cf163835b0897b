using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// Lays an <see cref="AwsRequest"/> out as its protocol requires; the SDK's pipeline then resolves the endpoint,
/// signs (SigV4), sends, retries and unmarshalls.
/// </summary>
internal sealed class AwsRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static readonly AwsRequestMarshaller Instance = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var request = (AwsRequest)input;
        var operation = request.Operation;
        var service = operation.Service;
        var sdkRequest = new DefaultRequest(request, service.ServiceId);
        switch (service.Protocol)
        {
            case AwsProtocol.Json:
                sdkRequest.HttpMethod = "POST";
                sdkRequest.ResourcePath = "/";
                sdkRequest.Headers["X-Amz-Target"] = $"{service.TargetPrefix}.{operation.Name}";
                sdkRequest.Headers["Content-Type"] = $"application/x-amz-json-{service.JsonVersion}";
                sdkRequest.Content = request.JsonBody ?? "{}"u8.ToArray();
                break;
            case AwsProtocol.Query:
            case AwsProtocol.Ec2Query:
                sdkRequest.HttpMethod = "POST";
                sdkRequest.ResourcePath = "/";
                sdkRequest.Headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
                sdkRequest.Content = Encoding.UTF8.GetBytes(FormBody(operation, request.Parameters));
                break;
            case AwsProtocol.RestJson:
                sdkRequest.HttpMethod = request.HttpMethod;
                sdkRequest.ResourcePath = request.Path;
                sdkRequest.UseQueryString = true;
                foreach (var (key, value) in request.Parameters)
                {
                    sdkRequest.Parameters[key] = value;
                }

                if (request.JsonBody is { } body)
                {
                    sdkRequest.Headers["Content-Type"] = "application/json";
                    sdkRequest.Content = body;
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown protocol {service.Protocol}.");
        }

        return sdkRequest;
    }

    private static string FormBody(AwsOperation operation, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var form = new StringBuilder();
        form.Append("Action=").Append(Uri.EscapeDataString(operation.Name));
        form.Append("&Version=").Append(Uri.EscapeDataString(operation.Service.ApiVersion));
        foreach (var (key, value) in parameters)
        {
            form.Append('&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return form.ToString();
    }
}
