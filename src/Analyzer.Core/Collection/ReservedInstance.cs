namespace Analyzer.Core.Collection;

/// <summary>
/// One EC2 Reserved Instance purchase held (DescribeReservedInstances, state active or queued): <see cref="InstanceCount"/>
/// instances of <see cref="InstanceType"/> billed at the reserved rate for its term whether used or not. Every string
/// came from AWS and is untrusted.
/// </summary>
/// <param name="Scope">"Region" (size-flexible within its family when Linux/UNIX on default tenancy) or "Availability Zone" (its type in its zone only, with a capacity reservation).</param>
/// <param name="AvailabilityZone">The zone of a zonal RI; empty for a regional one.</param>
/// <param name="OfferingClass">"standard" or "convertible".</param>
/// <param name="OfferingType">The payment option: "No Upfront", "Partial Upfront", "All Upfront" (older: "Heavy Utilization", ...).</param>
/// <param name="ProductDescription">The platform, e.g. "Linux/UNIX", "Linux/UNIX (Amazon VPC)", "Windows", "Red Hat Enterprise Linux".</param>
/// <param name="InstanceTenancy">"default", "dedicated" or "host".</param>
/// <param name="Start">When the term began.</param>
/// <param name="End">When the term ends (exclusive): the RI stops applying then.</param>
/// <param name="FixedPriceUsd">The upfront paid for the whole purchase.</param>
/// <param name="UsagePriceUsd">The hourly usage price (0 for the current offering types; their hourly fee is a recurring charge).</param>
/// <param name="RecurringHourlyUsd">The sum of the hourly recurring charges, per instance.</param>
public sealed record ReservedInstance(
    string ReservedInstancesId,
    string AccountId,
    string Region,
    string InstanceType,
    int InstanceCount,
    string Scope,
    string AvailabilityZone,
    string OfferingClass,
    string OfferingType,
    string ProductDescription,
    string InstanceTenancy,
    DateTime? Start,
    DateTime? End,
    decimal FixedPriceUsd,
    decimal UsagePriceUsd,
    decimal RecurringHourlyUsd)
{
    public const string RegionScope = "Region";

    public const string ZonalScope = "Availability Zone";

    public const string Active = "active";

    public const string Queued = "queued";

    /// <summary>"active", or "queued": bought to start at <see cref="Start"/>, in the future when it was read.</summary>
    public string State { get; init; } = Active;

    /// <summary>A regional RI (not bound to a zone).</summary>
    public bool IsRegional => string.Equals(Scope, RegionScope, StringComparison.OrdinalIgnoreCase);
}
