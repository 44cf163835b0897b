using Amazon.EC2.Model;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.Ec2;

/// <summary>
/// EC2 DescribeRegions with AllRegions=false: the regions enabled for the credentials' account, i.e. those that need
/// no opt-in plus those opted in to. One call, no paging (the API has none).
/// </summary>
public sealed class Ec2RegionCollector
{
    private readonly AwsClientOptions _options;

    public Ec2RegionCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The enabled regions' names in ordinal order, asked of <paramref name="region"/>'s endpoint.</summary>
    public async Task<IReadOnlyList<string>> CollectAsync(string region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(region);
        var operation = AwsOperations.DescribeRegions;
        using var sdk = Ec2SdkClient.Create(_options with { Region = region });
        var request = new DescribeRegionsRequest { AllRegions = false };
        var response = await sdk.CallAsync(operation, ct => sdk.DescribeRegionsAsync(request, ct), cancellationToken).ConfigureAwait(false);
        var regions = (response.Regions ?? [])
            // AllRegions=false already leaves out disabled regions; the status check keeps that true of any answer.
            .Where(r => r.OptInStatus is null or "opt-in-not-required" or "opted-in")
            .Select(r => r.RegionName ?? throw AwsXml.Malformed(operation, "a region has no regionName"))
            .ToList();
        if (regions.Any(r => r.Length == 0 || r.Length > 32 || !r.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            // A region name becomes a host name and a store key; refuse anything that is not one.
            throw AwsXml.Malformed(operation, "a regionName is not a region code");
        }

        return [.. regions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
