using Analyzer.Testing.FakeAws;

namespace Analyzer.Cli.Tests.Reliability;

/// <summary>
/// `collect` against an endpoint that accepts and never answers, or resets every connection: with a 2 s deadline
/// and one retry it ends with exit 4, says it timed out, and records its failure and session (it used to die after
/// about 5 minutes with an unhandled TimeoutException, exit 134, recording nothing).
/// </summary>
[Collection(ReliabilityGroup.Name)]
public sealed class MisbehavingEndpointTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("analyzer-hung-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(EndpointMisbehaviour.Hang, "timed out")]
    [InlineData(EndpointMisbehaviour.Reset, "cannot identify the current account")]
    public async Task Collect_EndpointMisbehaves_ExitsFourAndRecordsTheFailureAndTheSession(EndpointMisbehaviour misbehaviour, string says)
    {
        using var endpoint = new MisbehavingEndpoint(misbehaviour);
        var cli = new CliProcess(folder, FakeOrganization.Environment(FakeAwsCredential.Default, timeoutSeconds: 2));
        var store = Path.Combine(folder, "store.duckdb");

        var result = await cli.RunAsync("collect", "--store", store, "--endpoint-url", endpoint.Endpoint.ToString(), "--region", "us-east-1");

        Assert.True(result.Code == 4, $"exit {result.Code}: {result.Error}");
        Assert.Contains(says, result.Error, StringComparison.Ordinal);
        Assert.Equal("failed|1", StoreProbe.Scalar(store, "SELECT status || '|' || failures::VARCHAR FROM collection_sessions"));
        Assert.Equal("1", StoreProbe.Scalar(store, "SELECT count(*)::VARCHAR FROM collection_runs WHERE status = 'failed'"));
    }
}
