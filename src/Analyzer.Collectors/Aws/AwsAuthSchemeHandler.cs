using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace Analyzer.Collectors.Aws;

/// <summary>Every service we call is SigV4-only ("auth": ["aws.auth#sigv4"] in each botocore model).</summary>
internal sealed class AwsAuthSchemeHandler : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) =>
        AuthSchemeOption.DEFAULT_SIGV4;
}
