using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Amazon.Util.Internal;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// A role session that refreshes itself: the SDK's <see cref="RefreshingAWSCredentials"/> does the caching, the
/// refresh ahead of expiry and the locking; this class only says how to get a new session. The SDK's own
/// AssumeRoleAWSCredentials cannot be used because it builds its STS client internally, from the SDK's region chain
/// and with no endpoint override, so --endpoint-url and AWS_ENDPOINT_URL(_STS) would not reach STS. Here the STS
/// client is the SDK's generated one, configured like every other client (<see cref="AwsServiceClient.Create"/>),
/// and signed with the source credentials by the SDK.
/// </summary>
internal sealed class AwsAssumedRoleCredentials : RefreshingAWSCredentials
{
    /// <summary>The IAM action the source identity needs, and which the role's trust policy must allow.</summary>
    public const string IamAction = "sts:AssumeRole";

    private readonly AmazonSecurityTokenServiceClient _sts;
    private readonly AwsAccountTarget _target;
    private readonly string _sessionName;

    public AwsAssumedRoleCredentials(AWSCredentials source, AwsAccountTarget target, string sessionName, AwsClientOptions options, ITimeProvider clock)
        : base(clock)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        _target = target.RoleArn is null ? throw new ArgumentException("The account has no role to assume.", nameof(target)) : target;
        _sessionName = sessionName;
        _sts = new AmazonSecurityTokenServiceClient(source, StsConfig(options));

        // What AssumeRoleAWSCredentials does: refresh in the background well before the session ends.
        PreemptExpiryTime = TimeSpan.FromMinutes(15);
    }

    public string RoleArn => _target.RoleArn!;

    protected override CredentialsRefreshState GenerateNewCredentials() =>
        GenerateNewCredentialsAsync().GetAwaiter().GetResult();

    protected override async Task<CredentialsRefreshState> GenerateNewCredentialsAsync()
    {
        var request = new AssumeRoleRequest { RoleArn = RoleArn, RoleSessionName = _sessionName, ExternalId = _target.ExternalId };
        AssumeRoleResponse response;
        try
        {
            response = await _sts.AssumeRoleAsync(request).ConfigureAwait(false);
        }
        catch (AmazonServiceException ex)
        {
            throw Failed(ex);
        }
        catch (AmazonClientException ex)
        {
            throw new CollectorException(AwsService.Sts.ServiceId, "AssumeRole", $"{RoleArn}: {ex.Message}", isTransient: false, innerException: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new CollectorException(AwsService.Sts.ServiceId, "AssumeRole", $"{RoleArn}: network error: {ex.Message}", isTransient: true, innerException: ex);
        }

        var issued = response.Credentials;
        var expiration = issued.Expiration ?? throw new CollectorException(AwsService.Sts.ServiceId, "AssumeRole", $"{RoleArn}: the response has no Expiration.", isTransient: false);
        var credentials = new ImmutableCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken);
        return new CredentialsRefreshState(credentials, expiration.ToUniversalTime(), _timeProvider);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sts.Dispose();
        }

        base.Dispose(disposing);
    }

    private static AmazonSecurityTokenServiceConfig StsConfig(AwsClientOptions options)
    {
        var config = AwsDeadlines.Apply(new AmazonSecurityTokenServiceConfig(), options);
        var region = options.Region ?? AwsAmbient.DefaultRegion() ?? "us-east-1";
        config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        if ((options.EndpointUrl ?? AwsServiceClient.ConfiguredEndpoint(AwsService.Sts)) is { } endpoint)
        {
            // As for every other service: an explicit endpoint is signed for the region asked for.
            config.ServiceURL = endpoint.ToString();
            config.AuthenticationRegion = region;
        }

        return config;
    }

    private CollectorException Failed(AmazonServiceException ex)
    {
        var denied = ex.StatusCode == HttpStatusCode.Forbidden || (ex.ErrorCode?.Contains("AccessDenied", StringComparison.Ordinal) ?? false);
        var transient = ex.StatusCode >= HttpStatusCode.InternalServerError || ex.ErrorCode is "Throttling" or "ThrottlingException";
        var message = denied
            ? $"{ex.ErrorCode}: cannot assume {RoleArn}: {ex.Message} (the calling identity needs {IamAction} and the role's trust policy must allow it)"
            : $"{ex.ErrorCode} (HTTP {(int)ex.StatusCode}): cannot assume {RoleArn}: {ex.Message}";
        return new CollectorException(AwsService.Sts.ServiceId, "AssumeRole", message, transient, ex.ErrorCode, ex)
        {
            MissingIamAction = denied && ex.ErrorCode is not ("SignatureDoesNotMatch" or "InvalidClientTokenId" or "ExpiredToken") ? IamAction : null,
        };
    }
}
