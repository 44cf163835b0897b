using System.Globalization;
using Analyzer.Core.Collection;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;

namespace Analyzer.Core.Rules;

/// <summary>
/// Judges Dedicated Hosts by what is placed on them. Hosts of one account, zone and kind (one instance type, counted
/// in slots; or one family of several sizes, counted in vCPUs) are packed: the fewest hosts that hold everything placed
/// are kept (filled first from the busiest), an empty host is released, and a host whose instances fit on the kept
/// ones is consolidated (instances moved, then the host released). Each host's idle share costs its host-hour rate.
/// </summary>
public static class DedicatedHostAdvisor
{
    /// <summary>States in which a host is allocated and billed.</summary>
    public static readonly IReadOnlyList<string> BilledStates = ["available", "under-assessment", "pending"];

    /// <param name="usdPerHour">A host's rate per host-hour (from the bill); null when unknown.</param>
    public static IReadOnlyList<DedicatedHostFinding> Advise(IReadOnlyList<DedicatedHost> hosts, Func<DedicatedHost, decimal?> usdPerHour)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        ArgumentNullException.ThrowIfNull(usdPerHour);
        var findings = new List<DedicatedHostFinding>();
        var measured = hosts.Where(h => BilledStates.Contains(h.State)).Select(h => (Host: h, Size: Measure(h)));
        foreach (var group in measured.GroupBy(m => (m.Host.AccountId, m.Host.Region, m.Host.AvailabilityZone, Kind: m.Host.InstanceType ?? m.Host.InstanceFamily + "/*", m.Size.Unit, m.Size.Capacity)))
        {
            var ordered = group.OrderByDescending(m => m.Size.Used).ThenBy(m => m.Host.HostId, StringComparer.Ordinal).ToList();
            var capacity = group.Key.Capacity;
            var needed = capacity is > 0 and { } c ? (int)Math.Ceiling((double)ordered.Sum(m => m.Size.Used) / c) : ordered.Count(m => m.Size.Used > 0);
            var keptFree = capacity is { } k ? ordered.Take(needed).Sum(m => k - m.Size.Used) : 0;
            for (var i = 0; i < ordered.Count; i++)
            {
                var (host, (unit, cap, used)) = ordered[i];
                var rate = usdPerHour(host);
                decimal? idle = rate is { } r && cap is > 0 and { } total
                    ? decimal.Round(r * (total - used) / total * Billing.HoursPerMonth, 2, MidpointRounding.AwayFromZero)
                    : null;
                var (action, advice) = Judge(host, unit, cap, used, i < needed, keptFree, idle, rate);
                findings.Add(new DedicatedHostFinding(host, unit, cap, used, rate, idle, action, advice));
            }
        }

        return [.. findings.OrderByDescending(f => f.MonthlyReleaseSavingsUsd).ThenByDescending(f => f.MonthlyIdleCostUsd ?? 0m).ThenBy(f => f.Host.HostId, StringComparer.Ordinal)];
    }

    /// <summary>Slots of its one type when AWS gave them, else vCPUs, else only the instance count (capacity unknown).</summary>
    internal static (string Unit, int? Capacity, int Used) Measure(DedicatedHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.InstanceType is not null && host.TotalCapacity is > 0 and { } slots)
        {
            return ("instances", slots, Math.Clamp(host.AvailableCapacity is { } free ? slots - free : host.InstancesPlaced, 0, slots));
        }

        if (host.TotalVcpus is > 0 and { } vcpus && (host.AvailableVcpus is not null || host.InstancesPlaced == 0))
        {
            return ("vCPUs", vcpus, Math.Clamp(vcpus - (host.AvailableVcpus ?? vcpus), 0, vcpus));
        }

        return ("instances", null, host.InstancesPlaced);
    }

    private static (string Action, string Advice) Judge(DedicatedHost host, string unit, int? capacity, int used, bool kept, int keptFree, decimal? idle, decimal? rate)
    {
        var kind = host.InstanceType ?? host.InstanceFamily + " (any size)";
        var cost = idle is { } w ? string.Create(CultureInfo.InvariantCulture, $"{w:0.00} USD a month") : "unpriced (no host-hour rate in the bill)";
        var whole = rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r * Billing.HoursPerMonth:0.00} USD a month") : "its host-hour rate";
        const string licences = "unless licences bound to its sockets or cores need it";
        if (used == 0)
        {
            return ("release", $"Release it (ReleaseHosts): nothing runs on this {kind} host in {host.AvailabilityZone}; it costs {whole}, {licences}.");
        }

        if (capacity is not { } total)
        {
            return ("keep", $"Keep it: {host.InstancesPlaced} instance(s) run on it and AWS reported no capacity to compare them with.");
        }

        var free = total - used;
        if (!kept)
        {
            return ("consolidate", $"Consolidate it: its {used} {unit} fit in the {keptFree} free on the other {kind} host(s) in {host.AvailabilityZone}; move them (stop, ModifyInstancePlacement to the other host, start), then release it (ReleaseHosts) to save {whole}, {licences}.");
        }

        return free == 0
            ? ("keep", $"Keep it: all {total} {unit} of this {kind} host are used.")
            : ("fill", $"Fill it: {free} of its {total} {unit} are idle ({cost}); place instances of {kind} on it (auto-placement on lets untargeted launches use it, now {host.AutoPlacement}), or move smaller workloads off Dedicated Hosts if no licence needs them.");
    }
}
