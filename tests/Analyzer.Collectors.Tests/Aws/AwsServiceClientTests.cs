using System.Text;
using Analyzer.Collectors.Aws;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Aws;

public sealed class AwsServiceClientTests : IDisposable
{
    private readonly FakeAwsServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task SendAsync_WithOperationOutsideTheRegistry_RefusesBeforeSending()
    {
        using var client = AwsServiceClient.Create(AwsService.Ec2, FakeAwsClient.Options(_server));
        var unlisted = new AwsOperation(AwsService.Ec2, "TerminateInstances");

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(AwsRequest.Query(unlisted, []), CancellationToken.None));

        Assert.Equal(0, _server.Calls("TerminateInstances"));
    }

    [Fact]
    public async Task SendAsync_ForJsonProtocol_SendsTargetAndContentTypeOfTheModel()
    {
        string? target = null;
        string? contentType = null;
        _server.Handle("ce", "GetCostAndUsage", request =>
        {
            target = request.Headers["x-amz-target"];
            contentType = request.Headers["content-type"];
            return FakeAwsResponse.Json("{}");
        });
        using var client = AwsServiceClient.Create(AwsService.CostExplorer, FakeAwsClient.Options(_server));

        await client.SendAsync(AwsRequest.Json(AwsOperations.GetCostAndUsage, "{}"u8.ToArray()), CancellationToken.None);

        Assert.Equal(("AWSInsightsIndexService.GetCostAndUsage", "application/x-amz-json-1.1"), (target, contentType));
    }

    [Fact]
    public async Task SendAsync_ForGlobalService_SignsForItsGlobalRegion()
    {
        string? authorization = null;
        _server.Handle("ce", "GetCostAndUsage", request =>
        {
            authorization = request.Headers["authorization"];
            return FakeAwsResponse.Json("{}");
        });
        using var client = AwsServiceClient.Create(AwsService.CostExplorer, FakeAwsClient.Options(_server) with { Region = "eu-west-1" });

        await client.SendAsync(AwsRequest.Json(AwsOperations.GetCostAndUsage, "{}"u8.ToArray()), CancellationToken.None);

        Assert.Contains("/us-east-1/ce/aws4_request", authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ForQueryProtocol_SendsActionAndVersionInTheFormBody()
    {
        string? body = null;
        _server.Handle("ec2", "DescribeInstances", request =>
        {
            body = Encoding.UTF8.GetString(request.Body);
            return FakeAwsResponse.Xml("<DescribeInstancesResponse/>");
        });
        using var client = AwsServiceClient.Create(AwsService.Ec2, FakeAwsClient.Options(_server));

        await client.SendAsync(AwsRequest.Query(AwsOperations.DescribeInstances, [new("MaxResults", "5")]), CancellationToken.None);

        Assert.Equal("Action=DescribeInstances&Version=2016-11-15&MaxResults=5", body);
    }
}
