using Analyzer.Core.Pricing;

namespace Analyzer.Core.Lightsail;

/// <summary>
/// The Lightsail bundles Analyzer can offer, with their source and date. Not part of the shared price research the
/// CSV catalog is copied from, so held here, where the offer is made: the general-purpose Linux/Unix bundles with a
/// public IPv4 address, us-east-1 list prices. Prices: the Amazon Lightsail Developer Guide's bundle page
/// (docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-bundles.html, cross-checked against
/// aws.amazon.com/lightsail/pricing), as fetched on 2026-09-17 and recorded in api-evangelist/amazon-lightsail
/// plans/amazon-lightsail-plans-pricing.yml (commit 2f86de9941b77a504674cf30aad33d53c1483a19). Baselines: the same
/// guide's "baseline CPU performance" page (docs.aws.amazon.com/lightsail/latest/userguide/baseline-cpu-performance.html).
/// Other regions' prices differ and are not shipped: no offer is made there.
/// </summary>
public static class LightsailCatalog
{
    public static PriceSource Source { get; } = new(
        "lightsail:docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-bundles.html (via api-evangelist/amazon-lightsail@2f86de99)",
        new DateOnly(2026, 9, 17));

    public static IReadOnlyList<LightsailBundle> Bundles { get; } =
    [
        new("us-east-1", "Nano-0.5GB", 2, 0.5, 20, 1, 5, 5m),
        new("us-east-1", "Micro-1GB", 2, 1, 40, 2, 10, 7m),
        new("us-east-1", "Small-2GB", 2, 2, 60, 3, 20, 12m),
        new("us-east-1", "Medium-4GB", 2, 4, 80, 4, 20, 24m),
        new("us-east-1", "Large-8GB", 2, 8, 160, 5, 30, 44m),
        new("us-east-1", "Xlarge-16GB", 4, 16, 320, 6, 40, 84m),
        new("us-east-1", "2Xlarge-32GB", 8, 32, 640, 7, 40, 164m),
        new("us-east-1", "4Xlarge-64GB", 16, 64, 1280, 8, 40, 384m),
    ];
}
