using Analyzer.Core.Collection;
using Analyzer.Core.Options;

namespace Analyzer.Core.Reporting;

/// <summary>
/// One Dedicated Host and how much of it is used: a host is paid per hour whatever runs on it, so its idle capacity
/// is waste, and a host whose instances fit on the other hosts of its kind can be released.
/// </summary>
/// <param name="Unit">"instances" (slots of the host's one instance type) or "vCPUs" (a host of several sizes).</param>
/// <param name="Capacity">What the host holds, in <paramref name="Unit"/>; null when AWS gave neither count.</param>
/// <param name="Used">What is placed on it, in <paramref name="Unit"/>.</param>
/// <param name="UsdPerHour">The host-hour rate from the bill (HostUsage cost over host-hours in its account and region); null when the bill has none.</param>
/// <param name="MonthlyIdleCostUsd">The idle share of the host for a 730-hour month at that rate; null when unpriced or capacity is unknown.</param>
/// <param name="Action">"release", "consolidate", "fill" or "keep".</param>
/// <param name="Advice">What to do, in EC2's words (ReleaseHosts, ModifyInstancePlacement, auto-placement).</param>
public sealed record DedicatedHostFinding(
    DedicatedHost Host,
    string Unit,
    int? Capacity,
    int Used,
    decimal? UsdPerHour,
    decimal? MonthlyIdleCostUsd,
    string Action,
    string Advice)
{
    /// <summary>Used over capacity, 0-1; null when capacity is unknown.</summary>
    public double? Utilization => Capacity is > 0 and { } c ? Math.Min(1.0, (double)Used / c) : null;

    public bool IsPriced => MonthlyIdleCostUsd is not null;

    /// <summary>What releasing it saves a month (the whole host), for a host to release or consolidate away; else 0.</summary>
    public decimal MonthlyReleaseSavingsUsd => Action is "release" or "consolidate" && UsdPerHour is { } rate
        ? decimal.Round(rate * Billing.HoursPerMonth, 2, MidpointRounding.AwayFromZero)
        : 0m;
}
