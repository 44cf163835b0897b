using Analyzer.Core.Time;

namespace Analyzer.Core.Collection;

/// <summary>
/// The Spot price of one instance type in one availability zone, averaged over a window weighted by how long each
/// price was in effect (DescribeSpotPriceHistory reports changes, not samples). USD per instance-hour.
/// </summary>
public sealed record SpotPriceAverage(
    string Region,
    string AvailabilityZone,
    string InstanceType,
    string ProductDescription,
    decimal AveragePriceUsd,
    decimal MinimumPriceUsd,
    decimal MaximumPriceUsd,
    int PriceChanges,
    Period Window);
