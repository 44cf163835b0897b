namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Reserved Instances held (one purchase: EC2 DescribeReservedInstances' reservation), in the optimizer's words, as
/// <see cref="ReservedInstanceRule"/> found them applicable to the fleet's Linux/UNIX shared-tenancy EC2 usage.
/// A size-flexible one (regional, Linux/UNIX, default tenancy) covers each hour usage of any size of its family in its
/// region worth <see cref="InstanceCount"/> x the normalization factor of <see cref="InstanceType"/> (m5.xlarge = 8:
/// two m5.large at 4 each); one that is not (zonal) covers <see cref="InstanceCount"/> instances of its own type only.
/// What is left of it in an hour is lost.
/// </summary>
/// <param name="InstanceType">As bought ("m5.xlarge").</param>
/// <param name="OnDemandUsdPerHour">The on-demand rate of one <paramref name="InstanceType"/> in <paramref name="Region"/> (from the price catalog); 0: unknown, it covers nothing.</param>
/// <param name="EndsAt">Exclusive; the RI stops covering at its end.</param>
public sealed record HeldReservedInstance(
    string AccountId,
    string ReservedInstancesId,
    string Region,
    string InstanceType,
    int InstanceCount,
    decimal OnDemandUsdPerHour,
    DateTime? StartsAt,
    DateTime? EndsAt)
{
    /// <summary>Regional Linux/UNIX on default tenancy: it applies across the sizes of its family. False: its own type only.</summary>
    public bool SizeFlexible { get; init; } = true;

    /// <summary>
    /// The on-demand rate of each size of its family in its region that the fleet runs, which turns a dollar of usage into
    /// normalized units; a size missing here is counted dollar for dollar against <see cref="OnDemandUsdPerHour"/>.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> FamilyRates { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>The family ("m5") of <see cref="InstanceType"/>.</summary>
    public string Family => InstanceType.Contains('.', StringComparison.Ordinal) ? InstanceType[..InstanceType.IndexOf('.', StringComparison.Ordinal)] : InstanceType;

    /// <summary>
    /// What it costs each hour of its term, used or not, for the whole purchase: the hourly recurring and usage charges of
    /// every instance plus the upfront spread evenly over the term (amortized, as the bill's amortized cost shows it).
    /// </summary>
    public decimal AmortizedUsdPerHour { get; init; }

    /// <summary>On-demand-equivalent usage of its own type it covers each hour it is active, USD.</summary>
    public decimal CoveredUsdPerHour => InstanceCount * OnDemandUsdPerHour;

    /// <summary>Normalized units it covers each hour (count x factor); null for a size without a known factor (metal).</summary>
    public decimal? NormalizedUnits => NormalizationFactors.For(InstanceType) is { } f ? InstanceCount * f : null;

    /// <summary>Started at or before <paramref name="at"/> and not yet ended (end is exclusive).</summary>
    public bool IsActiveAt(DateTime at) => (StartsAt is null || StartsAt <= at) && (EndsAt is null || EndsAt > at);
}
