using System.Text;
using Amazon.Runtime;
using Analyzer.Collectors.Aws;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Aws;

/// <summary>
/// Every AWS call has a deadline: a hung endpoint (accepts, never answers) and a resetting one become transient
/// <see cref="CollectorException"/>s after the configured attempts, a slow one within the deadline is waited for.
/// Deadlines are 1 s here, so each test is bounded by (retries + 1) x 1 s plus the SDK's backoff.
/// </summary>
public sealed class AwsDeadlineTests
{
    [Fact]
    public async Task SendAsync_EndpointNeverAnswers_FailsTransientlyAfterEveryAttemptTimedOut()
    {
        using var endpoint = new MisbehavingEndpoint(EndpointMisbehaviour.Hang);
        using var client = AwsServiceClient.Create(AwsService.Ec2, Options(endpoint.Endpoint));

        var error = await Assert.ThrowsAsync<CollectorException>(() =>
            client.SendAsync(AwsRequest.Query(AwsOperations.DescribeInstances, []), CancellationToken.None));

        // MaxRetries = 1: two attempts, each given 1 s. The endpoint counts TCP connections, and under load .NET's
        // connection pool has been seen to open one more than the attempts (a 3rd, never sent on): bounded, not 5 or 6.
        Assert.True(error.IsTransient);
        Assert.Contains("on each of 2 attempt(s) (timed out)", error.Message, StringComparison.Ordinal);
        Assert.InRange(endpoint.Accepted, 2, 3);
    }

    [Fact]
    public async Task SendAsync_EndpointResetsTheConnection_FailsTransiently()
    {
        using var endpoint = new MisbehavingEndpoint(EndpointMisbehaviour.Reset);
        using var client = AwsServiceClient.Create(AwsService.Ec2, Options(endpoint.Endpoint));

        var error = await Assert.ThrowsAsync<CollectorException>(() =>
            client.SendAsync(AwsRequest.Query(AwsOperations.DescribeInstances, []), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.True(endpoint.Accepted >= 1);
    }

    [Fact]
    public async Task SendAsync_EndpointAnswersWithinTheDeadline_ReturnsTheBody()
    {
        using var server = new FakeAwsServer();
        server.Handle("ec2", "DescribeInstances", _ =>
        {
            Thread.Sleep(300);
            return FakeAwsResponse.Xml("<DescribeInstancesResponse/>");
        });
        var key = FakeAwsCredential.Default;
        using var client = AwsServiceClient.Create(AwsService.Ec2, Options(server.Endpoint) with
        {
            Credentials = new BasicAWSCredentials(key.AccessKeyId, key.SecretAccessKey),
            Timeout = TimeSpan.FromSeconds(5),
        });

        var body = await client.SendAsync(AwsRequest.Query(AwsOperations.DescribeInstances, []), CancellationToken.None);

        Assert.Equal("<DescribeInstancesResponse/>", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task SendAsync_Cancelled_ThrowsOperationCanceledNotATimeout()
    {
        using var endpoint = new MisbehavingEndpoint(EndpointMisbehaviour.Hang);
        using var client = AwsServiceClient.Create(AwsService.Ec2, Options(endpoint.Endpoint) with { Timeout = TimeSpan.FromSeconds(30) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.SendAsync(AwsRequest.Query(AwsOperations.DescribeInstances, []), cancellation.Token));
    }

    [Fact]
    public void Apply_AnyClientConfig_SetsTimeoutAndRetriesFromTheOptions()
    {
        var config = AwsDeadlines.Apply(new Amazon.S3.AmazonS3Config(), new AwsClientOptions { Timeout = TimeSpan.FromSeconds(2), MaxRetries = 1 });

        Assert.Equal((TimeSpan.FromSeconds(2), 1), (config.Timeout, config.MaxErrorRetry));
    }

    private static AwsClientOptions Options(Uri endpoint) => new()
    {
        Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "secret"),
        Region = "us-east-1",
        EndpointUrl = endpoint,
        MaxRetries = 1,
        Timeout = TimeSpan.FromSeconds(1),
    };
}
