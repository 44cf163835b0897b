namespace Analyzer.Core.Pricing;

/// <summary>Fargate Linux rates in one region for one architecture and capacity ("on-demand" or "spot").</summary>
/// <param name="UsdPerStorageGbHour">Ephemeral storage above the included 20 GB; null where the source lacks it.</param>
public sealed record FargateRate(
    string Region,
    string Architecture,
    string Capacity,
    decimal UsdPerVcpuHour,
    decimal UsdPerGbHour,
    decimal? UsdPerStorageGbHour,
    PriceSource Source);
