using Amazon.EC2.Model;
using Analyzer.Collectors.Aws;
using DedicatedHost = Analyzer.Core.Collection.DedicatedHost;

namespace Analyzer.Collectors.Ec2;

/// <summary>
/// EC2 DescribeHosts (read-only) through AWSSDK.EC2, 500 a page (nextToken): every Dedicated Host of one account and
/// region with what it supports, what is placed on it and its free capacity, whatever its state (the analysis keeps
/// the billed ones).
/// </summary>
public sealed class DedicatedHostCollector
{
    public const int MaxResults = 500;
    private readonly AwsClientOptions _options;

    public DedicatedHostCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<IReadOnlyList<DedicatedHost>> CollectAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.DescribeHosts;
        using var sdk = Ec2SdkClient.Create(_options with { Region = region });
        var hosts = new List<DedicatedHost>();
        string? nextToken = null;
        do
        {
            var request = new DescribeHostsRequest { MaxResults = MaxResults, NextToken = nextToken };
            var response = await sdk.CallAsync(operation, ct => sdk.DescribeHostsAsync(request, ct), cancellationToken).ConfigureAwait(false);
            hosts.AddRange((response.Hosts ?? []).Select(h => Parse(operation, accountId, region, h)));
            nextToken = response.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));

        return [.. hosts.DistinctBy(h => h.HostId, StringComparer.Ordinal)];
    }

    private static DedicatedHost Parse(AwsOperation operation, string accountId, string region, Host item)
    {
        var id = item.HostId ?? throw AwsXml.Malformed(operation, "a host has no hostId");
        var properties = item.HostProperties;
        var type = string.IsNullOrEmpty(properties?.InstanceType) ? null : properties.InstanceType;
        var family = !string.IsNullOrEmpty(properties?.InstanceFamily) ? properties.InstanceFamily
            : type is not null ? type.Split('.')[0]
            : throw AwsXml.Malformed(operation, $"host {id} has neither an instanceFamily nor an instanceType");
        var capacity = type is null ? null : item.AvailableCapacity?.AvailableInstanceCapacity?.FirstOrDefault(c => c.InstanceType == type);
        return new DedicatedHost(
            id,
            // A host shared through AWS RAM is paid by its owner: keep the owner's account.
            string.IsNullOrEmpty(item.OwnerId) ? accountId : item.OwnerId,
            region,
            item.AvailabilityZone ?? string.Empty,
            family,
            type,
            item.State?.Value ?? "unknown",
            properties?.TotalVCpus,
            item.AvailableCapacity?.AvailableVCpus,
            item.Instances?.Count ?? 0,
            capacity?.TotalCapacity,
            capacity?.AvailableCapacity,
            item.AutoPlacement?.Value ?? "off",
            item.AllocationTime is { } at ? Ec2Times.Utc(at) : null);
    }
}
