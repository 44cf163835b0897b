using Amazon.Runtime;
using Analyzer.Collectors.Aws;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests;

/// <summary>Client options that point the SDK at a fake endpoint with a key the fake knows.</summary>
internal static class FakeAwsClient
{
    public static AwsClientOptions Options(FakeAwsServer server, FakeAwsCredential? credential = null)
    {
        var key = credential ?? FakeAwsCredential.Default;
        AWSCredentials credentials = key.SessionToken is null
            ? new BasicAWSCredentials(key.AccessKeyId, key.SecretAccessKey)
            : new SessionAWSCredentials(key.AccessKeyId, key.SecretAccessKey, key.SessionToken);
        return new AwsClientOptions
        {
            Credentials = credentials,
            Region = "us-east-1",
            EndpointUrl = server.Endpoint,
            MaxRetries = 3,
        };
    }
}
