using System.Globalization;
using Amazon.EC2.Model;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;
using Analyzer.Core.Time;

namespace Analyzer.Collectors.Ec2;

/// <summary>
/// EC2 DescribeSpotPriceHistory (Linux/UNIX) for the given types over a window, 1,000 records a page (nextToken),
/// averaged per type and availability zone with each price weighted by the time it was in effect inside the window.
/// </summary>
public sealed class SpotPriceCollector
{
    public const string LinuxProduct = "Linux/UNIX";
    private const int TypesPerCall = 100;
    private readonly AwsClientOptions _options;

    public SpotPriceCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<IReadOnlyList<SpotPriceAverage>> CollectAsync(string region, IReadOnlyList<string> instanceTypes, Period window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceTypes);
        if (instanceTypes.Count == 0 || window.Length <= TimeSpan.Zero)
        {
            return [];
        }

        var operation = AwsOperations.DescribeSpotPriceHistory;
        using var sdk = Ec2SdkClient.Create(_options with { Region = region });
        var points = new List<(string Zone, string Type, DateTime At, decimal Price)>();
        foreach (var chunk in instanceTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(TypesPerCall))
        {
            string? nextToken = null;
            do
            {
                var request = new DescribeSpotPriceHistoryRequest
                {
                    StartTime = window.Start,
                    EndTime = window.End,
                    ProductDescriptions = [LinuxProduct],
                    MaxResults = 1000,
                    InstanceTypes = [.. chunk],
                    NextToken = nextToken,
                };
                var response = await sdk.CallAsync(operation, ct => sdk.DescribeSpotPriceHistoryAsync(request, ct), cancellationToken).ConfigureAwait(false);
                foreach (var item in response.SpotPriceHistory ?? [])
                {
                    if (item.Price is not { } price || item.Timestamp is not { } at
                        || !decimal.TryParse(price, NumberStyles.Float, CultureInfo.InvariantCulture, out var usd))
                    {
                        throw AwsXml.Malformed(operation, "a spot price record lacks a readable spotPrice or timestamp");
                    }

                    points.Add((item.AvailabilityZone ?? region, item.InstanceType?.Value ?? string.Empty, Ec2Times.Utc(at), usd));
                }

                nextToken = response.NextToken;
            }
            while (!string.IsNullOrEmpty(nextToken));
        }

        return [.. points.GroupBy(p => (p.Zone, p.Type))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Zone, StringComparer.Ordinal)
            .Select(g => Average(region, g.Key.Zone, g.Key.Type, [.. g.Select(p => (p.At, p.Price))], window))];
    }

    /// <summary>Each price holds from its timestamp (clamped to the window) until the next change or the window's end.</summary>
    internal static SpotPriceAverage Average(string region, string zone, string type, List<(DateTime At, decimal Price)> changes, Period window)
    {
        var ordered = changes.OrderBy(c => c.At).ToList();
        decimal weighted = 0;
        double seconds = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var from = ordered[i].At < window.Start ? window.Start : ordered[i].At;
            var to = i + 1 < ordered.Count ? ordered[i + 1].At : window.End;
            to = to > window.End ? window.End : to;
            var span = (to - from).TotalSeconds;
            if (span > 0)
            {
                weighted += ordered[i].Price * (decimal)span;
                seconds += span;
            }
        }

        var average = seconds > 0 ? weighted / (decimal)seconds : ordered.Average(c => c.Price);
        return new SpotPriceAverage(region, zone, type, LinuxProduct, decimal.Round(average, 6), ordered.Min(c => c.Price), ordered.Max(c => c.Price), ordered.Count, window);
    }
}
