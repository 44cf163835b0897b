using Amazon.Runtime.Credentials;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// Client options for one account: the ambient credentials (SDK default chain) or, with a role ARN, a role session
/// (<see cref="AwsAssumedRoleCredentials"/>) whose STS calls follow the same endpoint overrides as every other
/// service and which the SDK refreshes before it expires.
/// </summary>
public static class AwsAccountCredentials
{
    /// <summary>The RoleSessionName CloudTrail shows for our sessions ([\w+=,.@-]{2,64}).</summary>
    public const string DefaultSessionName = "analyzer";

    public static AwsClientOptions For(AwsClientOptions ambient, AwsAccountTarget target, string sessionName = DefaultSessionName)
    {
        ArgumentNullException.ThrowIfNull(ambient);
        ArgumentNullException.ThrowIfNull(target);
        if (target.RoleArn is null)
        {
            return ambient;
        }

        var source = ambient.Credentials ?? DefaultAWSCredentialsIdentityResolver.GetCredentials(null);
        var session = new AwsAssumedRoleCredentials(source, target, sessionName, ambient, AwsSdkClock.For(ambient.Time));
        return ambient with { Credentials = session };
    }
}
