using System.Text;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Collectors.Ec2;
using Analyzer.Collectors.Lambda;
using Analyzer.Core.Time;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests;

/// <summary>
/// Generated AWS responses (a fixed seed, a bounded count) for one operation of each protocol: random bytes, cut
/// bodies, valid shapes with values of the wrong type. A collector either reads them or fails with a
/// <see cref="CollectorException"/>; nothing else escapes.
/// </summary>
public sealed class AwsResponseFuzzTests : IDisposable
{
    private static readonly string[] XmlPieces =
    [
        "<DescribeInstancesResponse>", "</DescribeInstancesResponse>", "<reservationSet>", "</reservationSet>", "<item>", "</item>",
        "<instancesSet>", "</instancesSet>", "<instanceId>i-1</instanceId>", "<instanceType>m5.large</instanceType>", "<instanceType></instanceType>",
        "<instanceState><name>running</name></instanceState>", "<launchTime>yesterday</launchTime>", "<tagSet><item><key>\u0001</key><value>v</value></item></tagSet>",
        "<nextToken>t</nextToken>", "<![CDATA[", "&bogus;", "<?xml version=\"1.0\"?>", "\u0000", "<a>", "</b>",
    ];

    private static readonly string[] JsonPieces =
    [
        "{", "}", "[", "]", ",", ":", "\"ResultsByTime\"", "\"Groups\"", "\"Keys\"", "\"Metrics\"", "\"UnblendedCost\"", "\"Amount\"", "\"1e999\"",
        "\"abc\"", "null", "true", "\"TimePeriod\"", "\"Start\"", "\"2026-13-45\"", "\"Functions\"", "\"MemorySize\"", "-1", "\"NextPageToken\"",
    ];

    private readonly FakeAwsServer server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task Ec2Inventory_GeneratedResponses_ReadOrFailWithCollectorException()
    {
        var random = new Random(41);
        string body = string.Empty;
        server.Handle("ec2", "DescribeInstances", _ => FakeAwsResponse.Xml(body));
        var collector = new Ec2InventoryCollector(FakeAwsClient.Options(server) with { MaxRetries = 0 });
        for (var i = 0; i < 60; i++)
        {
            body = Generate(XmlPieces, random);
            var error = await Record.ExceptionAsync(() => collector.CollectAsync("111111111111", "us-east-1", CancellationToken.None));
            Assert.True(error is null or CollectorException, $"response #{i} {body}: {error}");
        }
    }

    [Fact]
    public async Task CostExplorer_GeneratedResponses_ReadOrFailWithCollectorException()
    {
        var random = new Random(42);
        string body = string.Empty;
        server.Handle("ce", "GetCostAndUsage", _ => FakeAwsResponse.Json(body));
        var collector = new CostExplorerCostCollector(FakeAwsClient.Options(server) with { MaxRetries = 0 });
        var window = new Period(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 10, 3, 0, 0, 0, DateTimeKind.Utc));
        for (var i = 0; i < 60; i++)
        {
            body = Generate(JsonPieces, random);
            var error = await Record.ExceptionAsync(() => collector.CollectAsync("111111111111", window, null, CancellationToken.None));
            Assert.True(error is null or CollectorException, $"response #{i} {body}: {error}");
        }
    }

    [Fact]
    public async Task LambdaInventory_GeneratedResponses_ReadOrFailWithCollectorException()
    {
        var random = new Random(43);
        string body = string.Empty;
        server.Route("/2015-03-31/functions", "lambda", "ListFunctions");
        server.Handle("lambda", "ListFunctions", _ => FakeAwsResponse.Json(body));
        var collector = new LambdaInventoryCollector(FakeAwsClient.Options(server) with { MaxRetries = 0 });
        for (var i = 0; i < 60; i++)
        {
            body = Generate(JsonPieces, random);
            var error = await Record.ExceptionAsync(() => collector.CollectAsync("111111111111", "us-east-1", CancellationToken.None));
            Assert.True(error is null or CollectorException, $"response #{i} {body}: {error}");
        }
    }

    private static string Generate(string[] pieces, Random random)
    {
        var text = new StringBuilder();
        for (var n = random.Next(0, 30); n > 0; n--)
        {
            text.Append(random.Next(10) == 0 ? ((char)random.Next(0, 0x800)).ToString() : pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }
}
