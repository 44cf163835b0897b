using Analyzer.Core.Collection;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Collection;

/// <summary>
/// Loads what collectors gather besides inventory, samples and daily cost: spot price averages and the
/// organisation's monthly cost per account, each set replacing the previous one for its scope in one transaction,
/// appended in bulk. Compute Optimizer's recommendations go through <see cref="ComputeOptimizerTables"/>.
/// </summary>
public sealed class CollectionExtras(AnalyzerStore store, TimeProvider time)
{
    public void ReplaceSpotPrices(string region, IReadOnlyList<SpotPriceAverage> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (prices.Count == 0)
        {
            return;
        }

        var collectedAt = time.GetUtcNow().UtcDateTime;
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        foreach (var start in prices.Select(p => p.Window.Start).Distinct())
        {
            connection.Execute(QueryCatalog.Get("collection/delete_spot_prices"), new Dictionary<string, object?> { ["region"] = region, ["window_start"] = start });
        }

        using (var appender = connection.CreateAppender("spot_price_averages"))
        {
            foreach (var p in prices)
            {
                appender.Append(p.Region).Append(p.AvailabilityZone).Append(p.InstanceType).Append(p.ProductDescription)
                    .Append(p.AveragePriceUsd).Append(p.MinimumPriceUsd).Append(p.MaximumPriceUsd).Append(p.PriceChanges)
                    .Append(p.Window.Start).Append(p.Window.End).Append(collectedAt).EndRow();
            }
        }

        transaction.Commit();
    }

    /// <summary>Replaces an account and region's capacity reservations with those read now (none: the region has none).</summary>
    public void ReplaceCapacityReservations(string accountId, string region, IReadOnlyList<CapacityReservation> reservations)
    {
        ArgumentNullException.ThrowIfNull(reservations);
        var collectedAt = time.GetUtcNow().UtcDateTime;
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        connection.Execute(QueryCatalog.Get("collection/delete_capacity_reservations"), new Dictionary<string, object?> { ["account_id"] = accountId, ["region"] = region });
        using (var appender = connection.CreateAppender("capacity_reservations"))
        {
            foreach (var r in reservations)
            {
                appender.Append(r.CapacityReservationId).Append(r.AccountId).Append(r.Region).Append(r.AvailabilityZone).Append(r.InstanceType)
                    .Append(r.Platform).Append(r.Tenancy).Append(r.TotalInstanceCount).Append(r.AvailableInstanceCount).Append(r.State)
                    .Append(r.InstanceMatchCriteria).Append(r.StartDate).Append(r.EndDate).Append(collectedAt).EndRow();
            }
        }

        transaction.Commit();
    }

    /// <summary>Replaces an account and region's Dedicated Hosts with those read now (none: the region has none).</summary>
    public void ReplaceDedicatedHosts(string accountId, string region, IReadOnlyList<DedicatedHost> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        var collectedAt = time.GetUtcNow().UtcDateTime;
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        connection.Execute(QueryCatalog.Get("collection/delete_dedicated_hosts"), new Dictionary<string, object?> { ["account_id"] = accountId, ["region"] = region });
        using (var appender = connection.CreateAppender("dedicated_hosts"))
        {
            foreach (var h in hosts)
            {
                appender.Append(h.HostId).Append(h.AccountId).Append(h.Region).Append(h.AvailabilityZone).Append(h.InstanceFamily)
                    .Append(h.InstanceType).Append(h.State).Append(h.TotalVcpus).Append(h.AvailableVcpus).Append(h.InstancesPlaced)
                    .Append(h.TotalCapacity).Append(h.AvailableCapacity).Append(h.AutoPlacement).Append(h.AllocationTime).Append(collectedAt).EndRow();
            }
        }

        transaction.Commit();
    }

    /// <summary>Replaces an account and region's Reserved Instances with those read now (none: the region holds none).</summary>
    public void ReplaceReservedInstances(string accountId, string region, IReadOnlyList<ReservedInstance> reserved)
    {
        ArgumentNullException.ThrowIfNull(reserved);
        var collectedAt = time.GetUtcNow().UtcDateTime;
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        connection.Execute(QueryCatalog.Get("collection/delete_reserved_instances"), new Dictionary<string, object?> { ["account_id"] = accountId, ["region"] = region });
        using (var appender = connection.CreateAppender("reserved_instances"))
        {
            foreach (var r in reserved)
            {
                appender.Append(r.ReservedInstancesId).Append(r.AccountId).Append(r.Region).Append(r.InstanceType).Append(r.InstanceCount)
                    .Append(r.Scope).Append(r.AvailabilityZone).Append(r.OfferingClass).Append(r.OfferingType).Append(r.ProductDescription)
                    .Append(r.InstanceTenancy).Append(r.Start).Append(r.End).Append(r.FixedPriceUsd).Append(r.UsagePriceUsd)
                    .Append(r.RecurringHourlyUsd).Append(collectedAt).Append(r.State).EndRow();
            }
        }

        transaction.Commit();
    }

    public void ReplaceMonthlyCosts(IReadOnlyList<MonthlyAccountCost> costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        if (costs.Count == 0)
        {
            return;
        }

        var collectedAt = time.GetUtcNow().UtcDateTime;
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        connection.Execute(QueryCatalog.Get("collection/delete_monthly_costs"), new Dictionary<string, object?>
        {
            ["first_month"] = costs.Min(c => c.Month),
            ["last_month"] = costs.Max(c => c.Month),
        });
        using (var appender = connection.CreateAppender("cost_monthly_accounts"))
        {
            foreach (var c in costs)
            {
                appender.Append(c.Month).Append(c.AccountId).Append(c.Service).Append(c.UnblendedCost).Append(c.AmortizedCost)
                    .Append(c.Estimated).Append(collectedAt).EndRow();
            }
        }

        transaction.Commit();
    }
}
