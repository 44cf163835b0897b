using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.Ec2;

/// <summary>EC2 (ec2 query protocol, API 2016-11-15): DescribeInstances.</summary>
internal sealed class Ec2Client(AwsServiceClient client)
{
    /// <summary>The largest page DescribeInstances allows, so the call count is the minimum.</summary>
    public const int MaxResults = 1000;

    /// <summary>Every instance, page by page, following NextToken until AWS stops returning one.</summary>
    public async IAsyncEnumerable<Ec2Instance> DescribeInstancesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var operation = AwsOperations.DescribeInstances;
        string? nextToken = null;
        do
        {
            var parameters = new List<KeyValuePair<string, string>> { new("MaxResults", MaxResults.ToString(CultureInfo.InvariantCulture)) };
            if (nextToken is not null)
            {
                parameters.Add(new("NextToken", nextToken));
            }

            var body = await client.SendAsync(AwsRequest.Query(operation, parameters), cancellationToken).ConfigureAwait(false);
            var root = AwsXml.Parse(operation, body);
            if (root.Name.LocalName != "DescribeInstancesResponse")
            {
                throw AwsXml.Malformed(operation, $"root element is <{root.Name.LocalName}>");
            }

            // Parse the whole page before yielding any of it, so a bad page yields nothing.
            var page = root.Items("reservationSet")
                .SelectMany(reservation => reservation.Items("instancesSet").Select(item => ParseInstance(operation, reservation, item)))
                .ToList();
            foreach (var instance in page)
            {
                yield return instance;
            }

            nextToken = root.Text("nextToken");
        }
        while (!string.IsNullOrEmpty(nextToken));
    }

    private static Ec2Instance ParseInstance(AwsOperation operation, XElement reservation, XElement item)
    {
        var id = item.Text("instanceId") ?? throw AwsXml.Malformed(operation, "an instance has no instanceId");
        var tags = item.Items("tagSet")
            .Where(t => t.Text("key") is not null)
            .GroupBy(t => t.Text("key")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Text("value") ?? string.Empty, StringComparer.Ordinal);
        var launch = item.Text("launchTime") is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : (DateTimeOffset?)null;
        return new Ec2Instance(
            id,
            reservation.Text("ownerId") ?? string.Empty,
            item.Text("instanceType") ?? throw AwsXml.Malformed(operation, $"instance {id} has no instanceType"),
            item.Child("instanceState")?.Text("name") ?? "unknown",
            item.Text("platform"),
            item.Text("instanceLifecycle"),
            item.Text("architecture") ?? "x86_64",
            launch,
            tags);
    }
}
