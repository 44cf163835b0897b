using Amazon;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.Ec2;

/// <summary>
/// AWSSDK.EC2's client configured from the same <see cref="AwsClientOptions"/> as the thin clients (region, endpoint
/// override signed for the region asked for, standard-mode retries, timeout), with every attempt counted like theirs,
/// and its errors mapped to <see cref="CollectorException"/> naming the IAM action a denied call lacked.
/// </summary>
internal sealed class Ec2SdkClient : AmazonEC2Client
{
    private static readonly Dictionary<Type, AwsOperation> Operations = new()
    {
        [typeof(DescribeInstancesRequest)] = AwsOperations.DescribeInstances,
        [typeof(DescribeInstanceTypesRequest)] = AwsOperations.DescribeInstanceTypes,
        [typeof(DescribeSpotPriceHistoryRequest)] = AwsOperations.DescribeSpotPriceHistory,
        [typeof(DescribeRegionsRequest)] = AwsOperations.DescribeRegions,
        [typeof(DescribeCapacityReservationsRequest)] = AwsOperations.DescribeCapacityReservations,
        [typeof(DescribeHostsRequest)] = AwsOperations.DescribeHosts,
        [typeof(DescribeReservedInstancesRequest)] = AwsOperations.DescribeReservedInstances,
    };

    private readonly AWSCredentials? _credentials;
    private AwsAttemptCounter? _attempts;

    private Ec2SdkClient(AWSCredentials? credentials, AmazonEC2Config config, AwsCallCounter counter)
        : base(credentials, config)
    {
        _credentials = credentials;
        _attempts!.Counter = counter;
    }

    public static Ec2SdkClient Create(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonEC2Config
        {
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = options.MaxRetries,
            Timeout = options.Timeout,
        };
        if (options.Region is { } region)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        if ((options.EndpointUrl ?? AwsServiceClient.ConfiguredEndpoint(AwsService.Ec2)) is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
            if (options.Region is { } signingRegion)
            {
                // As the thin clients do: sign for the region asked for, not one guessed from a fake's host name.
                config.AuthenticationRegion = signingRegion;
            }
        }

        return new Ec2SdkClient(options.Credentials, config, options.Counter);
    }

    /// <summary>One EC2 call; failures become <see cref="CollectorException"/>, an expired role session is renewed once.</summary>
    public async Task<T> CallAsync<T>(AwsOperation operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(call);
        if (!AwsOperations.All.Contains(operation))
        {
            throw new InvalidOperationException($"{operation} is not in AwsOperations.All, so docker/iam-policy.json does not grant it.");
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (AmazonServiceException ex) when (attempt == 0 && AwsErrors.IsExpiredSession(ex) && _credentials is RefreshingAWSCredentials session)
            {
                session.ClearCredentials();
            }
            catch (AmazonServiceException ex)
            {
                throw AwsErrors.Translate(AwsService.Ec2.ServiceId, operation, ex, Config);
            }
            catch (System.Xml.XmlException ex)
            {
                // A body that is not XML at all: the SDK's unmarshaller gives up, and so does the run for this call.
                throw AwsXml.Malformed(operation, ex.Message, ex);
            }
            catch (AmazonClientException ex)
            {
                throw new CollectorException(AwsService.Ec2.ServiceId, operation.Name, ex.Message, isTransient: false, innerException: ex);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or System.Net.Sockets.SocketException)
            {
                // A reset connection surfaces as any of the three, depending on where in the exchange it broke.
                throw new CollectorException(AwsService.Ec2.ServiceId, operation.Name, $"network error: {ex.Message}", isTransient: true, innerException: ex);
            }
        }
    }

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        base.CustomizeRuntimePipeline(pipeline);
        _attempts = new AwsAttemptCounter { Operations = request => Operations.GetValueOrDefault(request.GetType()) };
        pipeline.AddHandlerAfter<RetryHandler>(_attempts);
    }
}
