namespace Analyzer.Core.Pricing;

/// <summary>
/// The Lambda duration tiers and request price of one region and architecture, all from one catalog date.
/// Tiers apply to an account's monthly GB-seconds: each rate covers the GB-seconds from its tier's start to the
/// next tier's start. The free tier is the account's, not the workload's, so it is not applied here.
/// </summary>
public sealed record LambdaPriceSchedule
{
    public LambdaPriceSchedule(string region, string architecture, IReadOnlyList<LambdaRate> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        if (tiers.Count == 0 || tiers.Min(t => t.TierGbSecondsFrom) != 0m)
        {
            throw new ArgumentException($"Lambda tiers for {region} {architecture} must start at 0 GB-seconds.", nameof(tiers));
        }

        Region = region;
        Architecture = architecture;
        Tiers = [.. tiers.OrderBy(t => t.TierGbSecondsFrom)];
    }

    public string Region { get; }

    public string Architecture { get; }

    /// <summary>Ordered by <see cref="LambdaRate.TierGbSecondsFrom"/>; the first starts at 0.</summary>
    public IReadOnlyList<LambdaRate> Tiers { get; }

    public decimal UsdPerMillionRequests => Tiers[0].UsdPerMillionRequests;

    public PriceSource Source => Tiers[0].Source;

    /// <summary>Duration cost of <paramref name="gbSeconds"/> in one month, walking the tiers.</summary>
    public decimal DurationUsd(decimal gbSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gbSeconds);
        var total = 0m;
        for (var i = 0; i < Tiers.Count; i++)
        {
            var from = Tiers[i].TierGbSecondsFrom;
            if (gbSeconds <= from)
            {
                break;
            }

            var to = i + 1 < Tiers.Count ? Math.Min(gbSeconds, Tiers[i + 1].TierGbSecondsFrom) : gbSeconds;
            total += (to - from) * Tiers[i].UsdPerGbSecond;
        }

        return total;
    }

    /// <summary>Request cost of <paramref name="requests"/> invocations.</summary>
    public decimal RequestsUsd(decimal requests)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        return requests / 1_000_000m * UsdPerMillionRequests;
    }
}
