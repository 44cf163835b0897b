using Amazon.EC2.Model;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.Ec2;

/// <summary>EC2 DescribeInstances through AWSSDK.EC2, page by page.</summary>
internal sealed class Ec2Client(Ec2SdkClient client)
{
    /// <summary>The largest page DescribeInstances allows, so the call count is the minimum.</summary>
    public const int MaxResults = 1000;

    /// <summary>Every instance, page by page, following NextToken until AWS stops returning one.</summary>
    public async IAsyncEnumerable<Ec2Instance> DescribeInstancesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var operation = AwsOperations.DescribeInstances;
        string? nextToken = null;
        do
        {
            var request = new DescribeInstancesRequest { MaxResults = MaxResults, NextToken = nextToken };
            var response = await client.CallAsync(operation, ct => client.DescribeInstancesAsync(request, ct), cancellationToken).ConfigureAwait(false);

            // Parse the whole page before yielding any of it, so a bad page yields nothing.
            var page = (response.Reservations ?? [])
                .SelectMany(reservation => (reservation.Instances ?? []).Select(instance => Parse(operation, reservation, instance)))
                .ToList();
            foreach (var instance in page)
            {
                yield return instance;
            }

            nextToken = response.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));
    }

    private static Ec2Instance Parse(AwsOperation operation, Reservation reservation, Instance item)
    {
        var id = item.InstanceId ?? throw AwsXml.Malformed(operation, "an instance has no instanceId");
        var tags = (item.Tags ?? [])
            .Where(t => t.Key is not null)
            .GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value ?? string.Empty, StringComparer.Ordinal);
        DateTimeOffset? launch = item.LaunchTime is { } at ? new DateTimeOffset(Ec2Times.Utc(at)) : null;
        return new Ec2Instance(
            id,
            reservation.OwnerId ?? string.Empty,
            item.InstanceType?.Value ?? throw AwsXml.Malformed(operation, $"instance {id} has no instanceType"),
            item.State?.Name?.Value ?? "unknown",
            item.Platform?.Value,
            item.InstanceLifecycle?.Value,
            item.Architecture?.Value ?? "x86_64",
            launch,
            tags)
        {
            PlatformDetails = item.PlatformDetails,
            Tenancy = item.Placement?.Tenancy?.Value,
        };
    }

}
