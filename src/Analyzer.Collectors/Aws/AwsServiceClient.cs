using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// A thin client for one service on the SDK's own pipeline: credentials, region, endpoint override, SigV4 signing,
/// standard-mode retries with backoff and jitter for throttling and transient errors, and error classification are
/// all AWSSDK.Core's. It only adds the protocol layout (<see cref="AwsRequestMarshaller"/>) and raw bodies back.
/// </summary>
internal sealed class AwsServiceClient : AmazonServiceClient
{
    private readonly AwsService _service;
    private readonly AwsCallCounter _counter;
    private readonly AWSCredentials? _credentials;
    private AwsAttemptCounter? _attempts;

    private AwsServiceClient(AwsService service, AWSCredentials? credentials, AwsClientConfig config, AwsCallCounter counter)
        : base(credentials, config)
    {
        _service = service;
        _counter = counter;
        _credentials = credentials;
        _attempts!.Counter = counter;
    }

    public AwsCallCounter Counter => _counter;

    protected override IServiceMetadata ServiceMetadata => new AwsServiceMetadata(_service);

    public static AwsServiceClient Create(AwsService service, AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        var config = AwsDeadlines.Apply(new AwsClientConfig(service), options);
        if (options.Region is { } region)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        var endpointUrl = options.EndpointUrl ?? ConfiguredEndpoint(service);
        if (endpointUrl is not null)
        {
            config.ServiceURL = endpointUrl.ToString();
        }

        if (service.GlobalRegion is { } signingRegion)
        {
            config.AuthenticationRegion = signingRegion;
        }
        else if (endpointUrl is not null && options.Region is { } endpointRegion)
        {
            // The SDK would take the signing region from the URL's host name; like the AWS CLI's --endpoint-url,
            // sign for the region asked for instead (a VPC endpoint or a local fake says nothing about it).
            config.AuthenticationRegion = endpointRegion;
        }

        // Null credentials make the SDK resolve its default chain itself, lazily, on the first request.
        return new AwsServiceClient(service, options.Credentials, config, options.Counter);
    }

    /// <summary>
    /// The AWS SDKs' standard endpoint variables: AWS_ENDPOINT_URL_&lt;SERVICE&gt; (e.g. AWS_ENDPOINT_URL_COST_EXPLORER),
    /// then AWS_ENDPOINT_URL, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true. Read here rather than trusted to
    /// the SDK's config, so the behaviour is the same for every service we call and is tested.
    /// </summary>
    internal static Uri? ConfiguredEndpoint(AwsService service) => ConfiguredEndpoint(service.ServiceId, service.EndpointVariableSuffix);

    /// <summary>The same for a service the SDK's own generated client calls (S3): its serviceId and variable suffix.</summary>
    internal static Uri? ConfiguredEndpoint(string serviceId, string variableSuffix)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_" + variableSuffix)
            ?? Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL");
        return string.IsNullOrWhiteSpace(text) ? null
            : Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri
            : throw new CollectorException(serviceId, "ResolveEndpoint", $"AWS_ENDPOINT_URL value '{text}' is not an absolute URL.", isTransient: false);
    }

    /// <summary>Sends one request and returns the response body; failures become <see cref="CollectorException"/>.</summary>
    public async Task<byte[]> SendAsync(AwsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AwsOperations.All.Contains(request.Operation))
        {
            // The IAM policy is checked against the registry; an operation outside it would fail in a real account.
            throw new InvalidOperationException($"{request.Operation} is not in AwsOperations.All, so docker/iam-policy.json does not grant it.");
        }

        var options = new InvokeOptions
        {
            RequestMarshaller = AwsRequestMarshaller.Instance,
            ResponseUnmarshaller = AwsResponseUnmarshallers.For(_service.Protocol),
        };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await InvokeAsync<AwsRawResponse>(request, options, cancellationToken).ConfigureAwait(false);
                return response.Body;
            }
            catch (AmazonServiceException ex) when (attempt == 0 && IsExpiredSession(ex) && _credentials is RefreshingAWSCredentials session)
            {
                // The SDK renews a role session ahead of its Expiration, but AWS can still end it first (clock skew,
                // a session revoked or shortened): start a new session and try once more.
                session.ClearCredentials();
            }
            catch (AmazonServiceException ex)
            {
                throw Translate(request.Operation, ex);
            }
            catch (AmazonClientException ex)
            {
                throw new CollectorException(_service.ServiceId, request.Operation.Name, ex.Message, isTransient: false, innerException: ex);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or System.Net.Sockets.SocketException)
            {
                // A reset connection surfaces as any of the three, depending on where in the exchange it broke.
                throw new CollectorException(_service.ServiceId, request.Operation.Name, $"network error: {ex.Message}", isTransient: true, innerException: ex);
            }
            catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The endpoint accepted the request and never answered within Config.Timeout, on every attempt.
                throw new CollectorException(
                    _service.ServiceId, request.Operation.Name, TimedOut(Config), isTransient: true, errorCode: "Timeout", innerException: ex);
            }
        }
    }

    /// <summary>The message of a call that ran out of time on every attempt.</summary>
    internal static string TimedOut(IClientConfig config) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"no answer within {config.Timeout?.TotalSeconds ?? 0:0.#} s on each of {config.MaxErrorRetry + 1} attempt(s) (timed out)");

    private static bool IsExpiredSession(AmazonServiceException ex) => ex.ErrorCode is "ExpiredToken" or "ExpiredTokenException";

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new AwsEndpointResolver());
        pipeline.AddHandlerBefore<AwsEndpointResolver>(new AwsAuthSchemeHandler());
        _attempts = new AwsAttemptCounter();
        pipeline.AddHandlerAfter<RetryHandler>(_attempts);
    }

    private CollectorException Translate(AwsOperation operation, AmazonServiceException ex) => AwsErrors.Translate(_service.ServiceId, operation, ex, Config);
}
