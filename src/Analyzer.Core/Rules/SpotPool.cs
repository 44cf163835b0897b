using Analyzer.Core.Pricing;

namespace Analyzer.Core.Rules;

/// <summary>One Spot capacity pool (an instance type in a region) a diversified Spot fleet may draw from.</summary>
/// <param name="UsdPerHour">The catalog's Spot price, or on-demand less the Spot Advisor's savings when <paramref name="Estimated"/>.</param>
/// <param name="InterruptionBand">Spot Advisor band: "&lt;5%", "5-10%", "10-15%", "15-20%", "&gt;20%"; null when unknown.</param>
/// <param name="Source">The Spot price's provenance and date; null when estimated.</param>
public sealed record SpotPool(InstanceSpec Spec, decimal UsdPerHour, string? InterruptionBand, bool Estimated, PriceSource? Source)
{
    /// <summary>Lower is calmer: the Advisor's bands in order, unknown in the middle.</summary>
    public int BandRank => InterruptionBand?.Replace(" ", string.Empty, StringComparison.Ordinal) switch
    {
        "<5%" => 0,
        "5-10%" => 1,
        "10-15%" => 2,
        "15-20%" => 3,
        ">20%" => 4,
        _ => 2,
    };
}
