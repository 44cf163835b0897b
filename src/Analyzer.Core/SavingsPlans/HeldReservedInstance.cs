namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Reserved Instances held (one purchase: EC2 DescribeReservedInstances' reservation), in the optimizer's words. A
/// regional Linux RI is size-flexible within its family: each hour it covers usage of any size of the family in its
/// region worth <see cref="InstanceCount"/> x the on-demand rate of <see cref="InstanceType"/> (AWS's normalization
/// factors are proportional to those rates within a family); what is left of it in an hour is lost.
/// </summary>
/// <param name="InstanceType">As bought ("m5.xlarge").</param>
/// <param name="OnDemandUsdPerHour">The on-demand rate of <paramref name="InstanceType"/> in <paramref name="Region"/> (from the price catalog); 0: unknown, it covers nothing.</param>
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
    /// <summary>The family ("m5") of <see cref="InstanceType"/>.</summary>
    public string Family => InstanceType.Contains('.', StringComparison.Ordinal) ? InstanceType[..InstanceType.IndexOf('.', StringComparison.Ordinal)] : InstanceType;

    /// <summary>On-demand-equivalent usage it covers each hour it is active, USD.</summary>
    public decimal CoveredUsdPerHour => InstanceCount * OnDemandUsdPerHour;

    /// <summary>Started at or before <paramref name="at"/> and not yet ended (end is exclusive).</summary>
    public bool IsActiveAt(DateTime at) => (StartsAt is null || StartsAt <= at) && (EndsAt is null || EndsAt > at);
}
