using System.Globalization;
using Amazon.Runtime.Endpoints;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// Resolves the endpoint from the parameters the SDK's endpoint resolver passes: an explicit endpoint
/// (ServiceURL, which the SDK fills from AWS_ENDPOINT_URL[_SERVICE] too) wins, else the standard
/// https://{prefix}.{region}.amazonaws.com (or .com.cn) of the service's region or its global region.
/// </summary>
internal sealed class AwsEndpointProvider(AwsService service) : IEndpointProvider
{
    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters["Endpoint"] is string explicitUrl && explicitUrl.Length > 0)
        {
            return new Endpoint(explicitUrl);
        }

        var region = service.GlobalRegion ?? parameters["Region"] as string
            ?? throw new CollectorException(service.ServiceId, "ResolveEndpoint", "No AWS region is configured (set AWS_REGION or a profile region).", isTransient: false);
        var suffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Endpoint(string.Create(CultureInfo.InvariantCulture, $"https://{service.EndpointPrefix}.{region}.{suffix}"));
    }
}
