using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.S3;

/// <summary>
/// What every S3 user here shares: the SDK's S3 client configured from the same <see cref="AwsClientOptions"/> as a
/// collection (path-style with an endpoint override: moto, MinIO, a VPC endpoint), and the mapping of the SDK's
/// errors to <see cref="CollectorException"/> naming the IAM action a denied call lacked.
/// </summary>
internal static class S3Calls
{
    public static AmazonS3Client Client(AwsClientOptions options)
    {
        var region = options.Region ?? AwsAmbient.DefaultRegion() ?? "us-east-1";
        var config = AwsDeadlines.Apply(new AmazonS3Config { RegionEndpoint = RegionEndpoint.GetBySystemName(region) }, options);
        if ((options.EndpointUrl ?? AwsServiceClient.ConfiguredEndpoint("S3", "S3")) is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
            config.ForcePathStyle = true;
            config.AuthenticationRegion = region;
        }

        return options.Credentials is null ? new AmazonS3Client(config) : new AmazonS3Client(options.Credentials, config);
    }

    /// <param name="iamAction">The IAM action the call needs, named when S3 denies it.</param>
    public static async Task<T> CallAsync<T>(string operation, string iamAction, Func<Task<T>> call, CancellationToken cancellationToken = default)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonServiceException ex)
        {
            var denied = ex.StatusCode == HttpStatusCode.Forbidden;
            var message = denied
                ? $"{ex.ErrorCode}: {ex.Message} (the role needs {iamAction})"
                : $"{ex.ErrorCode} (HTTP {(int)ex.StatusCode}): {ex.Message}";
            var transient = ex.StatusCode >= HttpStatusCode.InternalServerError || ex.ErrorCode is "SlowDown" or "Throttling";
            throw new CollectorException("S3", operation, message, transient, ex.ErrorCode, ex) { MissingIamAction = denied ? iamAction : null };
        }
        catch (AmazonClientException ex)
        {
            throw new CollectorException("S3", operation, ex.Message, isTransient: false, innerException: ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Net.Sockets.SocketException)
        {
            throw new CollectorException("S3", operation, $"network error: {ex.Message}", isTransient: true, innerException: ex);
        }
        catch (IOException ex)
        {
            throw new CollectorException("S3", operation, $"network or disk error: {ex.Message}", isTransient: true, innerException: ex);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new CollectorException("S3", operation, $"no answer in time (timed out): {ex.Message}", isTransient: true, errorCode: "Timeout", innerException: ex);
        }
    }
}
