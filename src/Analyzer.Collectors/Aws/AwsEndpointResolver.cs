using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace Analyzer.Collectors.Aws;

/// <summary>Maps the request context onto the endpoint parameters our <see cref="AwsEndpointProvider"/> reads.</summary>
internal sealed class AwsEndpointResolver : BaseEndpointResolver
{
    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
    {
        ArgumentNullException.ThrowIfNull(requestContext);
        var config = requestContext.ClientConfig;
        var parameters = new EndpointParameters();
        parameters["Region"] = config.RegionEndpoint?.SystemName;
        parameters["Endpoint"] = config.ServiceURL;
        return parameters;
    }
}
