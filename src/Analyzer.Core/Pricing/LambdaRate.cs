namespace Analyzer.Core.Pricing;

/// <summary>One Lambda duration tier: the rate applies to monthly GB-seconds from <paramref name="TierGbSecondsFrom"/> on.</summary>
public sealed record LambdaRate(
    string Region,
    string Architecture,
    decimal TierGbSecondsFrom,
    decimal UsdPerGbSecond,
    decimal UsdPerMillionRequests,
    PriceSource Source);
