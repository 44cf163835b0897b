using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// Client options for one account: the ambient credentials (SDK default chain) or, with a role ARN, the SDK's own
/// <see cref="AssumeRoleAWSCredentials"/> (AWSSDK.SecurityToken), which refreshes the session before it expires.
/// </summary>
public static class AwsAccountCredentials
{
    public static AwsClientOptions For(AwsClientOptions ambient, AwsAccountTarget target, string sessionName = "analyzer")
    {
        ArgumentNullException.ThrowIfNull(ambient);
        ArgumentNullException.ThrowIfNull(target);
        if (target.RoleArn is null)
        {
            return ambient;
        }

        var source = ambient.Credentials ?? DefaultAWSCredentialsIdentityResolver.GetCredentials(null);
        var options = new AssumeRoleAWSCredentialsOptions { ExternalId = target.ExternalId };
        return ambient with { Credentials = new AssumeRoleAWSCredentials(source, target.RoleArn, sessionName, options) };
    }
}
