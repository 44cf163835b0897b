using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// The SDK's <see cref="ClientConfig"/> for a service that has no generated package on this machine: what a
/// generated AmazonXConfig would say, taken from the botocore metadata in <see cref="AwsService"/>. Region
/// resolution, retry mode, timeouts and proxies stay the SDK's.
/// </summary>
internal sealed class AwsClientConfig : ClientConfig
{
    private static readonly DefaultConfiguration Standard = new()
    {
        Name = DefaultConfigurationMode.Standard,
        RetryMode = RequestRetryMode.Standard,
        S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
        ConnectTimeout = TimeSpan.FromSeconds(3.1),
        TlsNegotiationTimeout = TimeSpan.FromSeconds(3.1),
    };

    public AwsClientConfig(AwsService service)
        : base(new DefaultConfigurationProvider([Standard]))
    {
        Service = service;
        ServiceId = service.ServiceId;
        AuthenticationServiceName = service.SigningName;
        EndpointProvider = new AwsEndpointProvider(service);
    }

    public AwsService Service { get; }

    public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters)
    {
        var endpointParameters = new Amazon.Runtime.Endpoints.EndpointParameters();
        endpointParameters["Region"] = RegionEndpoint?.SystemName;
        endpointParameters["Endpoint"] = ServiceURL;
        return EndpointProvider.ResolveEndpoint(endpointParameters);
    }

    public override string RegionEndpointServiceName => Service.EndpointPrefix;

    public override string ServiceVersion => Service.ApiVersion;

    public override string UserAgent => "analyzer";
}
