using Analyzer.Core.Costs;
using Analyzer.Core.Collection;
using Analyzer.Core.Ingest;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// The built-in demo: a deterministic synthetic organisation of three accounts in two regions, about 450 EC2
/// instances, Auto Scaling groups, ECS services and Lambda functions with 90 days of hourly samples and daily cost
/// lines. It is a collector like the AWS ones: the store loads its batches through the same path. No I/O and no
/// clock reads; the same options and prices give the same data on every run and machine.
/// </summary>
public static class DemoOrganization
{
    public const string Source = "demo";

    /// <summary>Every instance type the demo launches: the price book needs specs and prices for these.</summary>
    public static IReadOnlyList<string> InstanceTypes => DemoCatalog.AllInstanceTypes;

    /// <summary>The regions the demo runs in: the price book needs rates for these.</summary>
    public static IReadOnlyList<string> Regions { get; } = DemoRegion.All.Select(r => r.Code).ToArray();

    /// <summary>
    /// One batch per account. Inventories are built at once (and fail here if a price is missing); samples and cost
    /// lines are generated lazily as each batch is enumerated, identically every time.
    /// </summary>
    public static IReadOnlyList<IngestBatch> Generate(DemoOptions options, DemoPriceBook prices)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(prices);
        options.Validate();

        var end = DateTime.SpecifyKind(options.WindowEnd.Date, DateTimeKind.Utc);
        var window = new Period(end.AddDays(-options.Days), end);
        var inventory = DemoInventory.Build(options, prices);
        var hosts = DemoLandscape.Hosts(inventory, end);
        return DemoCatalog.Accounts
            .Select((account, index) => Batch(account, index, inventory, hosts, window, options.Seed))
            .ToArray();
    }

    /// <summary>The organisation's On-Demand Capacity Reservations (<see cref="DemoLandscape.Reservations"/>).</summary>
    public static IReadOnlyList<CapacityReservation> CapacityReservations(DemoOptions options, DemoPriceBook prices)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(prices);
        options.Validate();
        return DemoLandscape.Reservations(DemoInventory.Build(options, prices), DateTime.SpecifyKind(options.WindowEnd.Date, DateTimeKind.Utc));
    }

    /// <summary>The organisation's Dedicated Hosts (<see cref="DemoLandscape.Hosts"/>); the bill holds their host-hours.</summary>
    public static IReadOnlyList<DedicatedHost> DedicatedHosts(DemoOptions options, DemoPriceBook prices)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(prices);
        options.Validate();
        return DemoLandscape.Hosts(DemoInventory.Build(options, prices), DateTime.SpecifyKind(options.WindowEnd.Date, DateTimeKind.Utc));
    }

    /// <summary>The organisation's Reserved Instances held (<see cref="DemoReservedInstances"/>).</summary>
    public static IReadOnlyList<ReservedInstance> ReservedInstances(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return DemoReservedInstances.For(DateTime.SpecifyKind(options.WindowEnd.Date, DateTimeKind.Utc));
    }

    private static IngestBatch Batch(Account account, int accountIndex, IReadOnlyList<DemoWorkload> inventory, IReadOnlyList<DedicatedHost> hosts, Period window, ulong seed)
    {
        var mine = inventory.Where(w => w.Workload.AccountId == account.AccountId).ToArray();
        return new IngestBatch(
            Source,
            window,
            [account.AccountId],
            [account],
            mine.Select(w => w.Workload).ToArray(),
            mine.SelectMany(w => DemoSamples.For(w, window)),
            CostLines(mine, account, accountIndex, window, seed).Concat(DemoLandscape.HostCostLines(hosts, account.AccountId, window)));
    }

    private static IEnumerable<CostLine> CostLines(DemoWorkload[] workloads, Account account, int accountIndex, Period window, ulong seed) =>
        workloads.SelectMany(w => DemoCosts.For(w, window))
            .Concat(DemoOverheadCosts.For(account, accountIndex, window, seed));
}
