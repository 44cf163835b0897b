using Amazon.EC2.Model;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Workloads;
using CapacityReservation = Analyzer.Core.Collection.CapacityReservation;

namespace Analyzer.Collectors.Ec2;

/// <summary>
/// EC2 DescribeCapacityReservations (read-only) through AWSSDK.EC2, 1,000 a page (nextToken): every On-Demand
/// Capacity Reservation of one account and region, whatever its state (the analysis keeps the active ones).
/// </summary>
public sealed class CapacityReservationCollector
{
    public const int MaxResults = 1000;
    private readonly AwsClientOptions _options;

    public CapacityReservationCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<IReadOnlyList<CapacityReservation>> CollectAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.DescribeCapacityReservations;
        using var sdk = Ec2SdkClient.Create(_options with { Region = region });
        var reservations = new List<CapacityReservation>();
        string? nextToken = null;
        do
        {
            var request = new DescribeCapacityReservationsRequest { MaxResults = MaxResults, NextToken = nextToken };
            var response = await sdk.CallAsync(operation, ct => sdk.DescribeCapacityReservationsAsync(request, ct), cancellationToken).ConfigureAwait(false);
            reservations.AddRange((response.CapacityReservations ?? []).Select(r => Parse(operation, accountId, region, r)));
            nextToken = response.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));

        return [.. reservations.DistinctBy(r => r.CapacityReservationId, StringComparer.Ordinal)];
    }

    private static CapacityReservation Parse(AwsOperation operation, string accountId, string region, Amazon.EC2.Model.CapacityReservation item)
    {
        var id = item.CapacityReservationId ?? throw AwsXml.Malformed(operation, "a capacity reservation has no capacityReservationId");
        var type = item.InstanceType ?? throw AwsXml.Malformed(operation, $"capacity reservation {id} has no instanceType");
        var total = item.TotalInstanceCount ?? throw AwsXml.Malformed(operation, $"capacity reservation {id} has no totalInstanceCount");
        return new CapacityReservation(
            id,
            // A reservation shared from another account is paid by its owner: keep the owner's account.
            string.IsNullOrEmpty(item.OwnerId) ? accountId : item.OwnerId,
            region,
            item.AvailabilityZone ?? string.Empty,
            type,
            Ec2Platforms.Platform(item.InstancePlatform?.Value, null),
            Ec2Platforms.Tenancy(item.Tenancy?.Value),
            total,
            Math.Clamp(item.AvailableInstanceCount ?? 0, 0, total),
            item.State?.Value ?? "unknown",
            item.InstanceMatchCriteria?.Value ?? "open",
            item.StartDate is { } start ? Ec2Times.Utc(start) : null,
            item.EndDate is { } end ? Ec2Times.Utc(end) : null);
    }
}
