using Amazon.EC2.Model;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Workloads;
using ReservedInstance = Analyzer.Core.Collection.ReservedInstance;

namespace Analyzer.Collectors.Ec2;

/// <summary>
/// EC2 DescribeReservedInstances (read-only) through AWSSDK.EC2, filtered to states "active" and "queued" (one filter,
/// two values: the 2016-11-15 model's state filter): the Reserved Instances an account holds in one region, and those
/// bought to start later (a queued purchase, often the renewal of one lapsing), which apply only from their start.
/// The operation has no pagination (the model takes no MaxResults or NextToken): one call returns them all.
/// Payment-pending, payment-failed, retired and queued-deleted RIs are not read: they cover nothing.
/// </summary>
public sealed class ReservedInstanceCollector
{
    private readonly AwsClientOptions _options;

    public ReservedInstanceCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<IReadOnlyList<ReservedInstance>> CollectAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.DescribeReservedInstances;
        using var sdk = Ec2SdkClient.Create(_options with { Region = region });
        var request = new DescribeReservedInstancesRequest { Filters = [new Filter("state", [ReservedInstance.Active, ReservedInstance.Queued])] };
        var response = await sdk.CallAsync(operation, ct => sdk.DescribeReservedInstancesAsync(request, ct), cancellationToken).ConfigureAwait(false);
        return [.. (response.ReservedInstances ?? []).Select(r => Parse(operation, accountId, region, r)).DistinctBy(r => r.ReservedInstancesId, StringComparer.Ordinal)];
    }

    private static ReservedInstance Parse(AwsOperation operation, string accountId, string region, Amazon.EC2.Model.ReservedInstances item)
    {
        var id = item.ReservedInstancesId ?? throw AwsXml.Malformed(operation, "a reservation has no reservedInstancesId");
        var type = item.InstanceType?.Value is { Length: > 0 } t ? t : throw AwsXml.Malformed(operation, $"reserved instances {id} have no instanceType");
        var count = item.InstanceCount ?? throw AwsXml.Malformed(operation, $"reserved instances {id} have no instanceCount");
        var recurring = (item.RecurringCharges ?? []).Where(c => string.Equals(c.Frequency?.Value, "Hourly", StringComparison.OrdinalIgnoreCase)).Sum(c => Usd(c.Amount));
        return new ReservedInstance(
            id,
            accountId,
            region,
            type,
            Math.Max(count, 0),
            item.Scope?.Value is { Length: > 0 } scope ? scope : ReservedInstance.RegionScope,
            item.AvailabilityZone ?? string.Empty,
            item.OfferingClass?.Value ?? "standard",
            item.OfferingType?.Value ?? string.Empty,
            Platform(item.ProductDescription?.Value),
            Ec2Platforms.Tenancy(item.InstanceTenancy?.Value),
            item.Start is { } start ? Ec2Times.Utc(start) : null,
            item.End is { } end ? Ec2Times.Utc(end) : null,
            Usd(item.FixedPrice),
            Usd(item.UsagePrice),
            recurring)
        {
            State = string.Equals(item.State?.Value, ReservedInstance.Queued, StringComparison.OrdinalIgnoreCase) ? ReservedInstance.Queued : ReservedInstance.Active,
        };
    }

    // EC2-Classic's "(Amazon VPC)" variants name the same platform and price.
    private static string Platform(string? description)
    {
        var platform = Ec2Platforms.Platform(description, null);
        const string Vpc = " (Amazon VPC)";
        return platform.EndsWith(Vpc, StringComparison.OrdinalIgnoreCase) ? platform[..^Vpc.Length] : platform;
    }

    // The model's fixedPrice and usagePrice are floats: decimal keeps a float's 7 significant digits, not its binary tail.
    private static decimal Usd(float? value) => value is { } v && float.IsFinite(v) ? (decimal)v : 0m;

    private static decimal Usd(double? value) => value is { } v && double.IsFinite(v) ? Math.Round((decimal)v, 6, MidpointRounding.AwayFromZero) : 0m;
}
