using System.Text.Json;
using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Json;

/// <summary>
/// The JSON header's findings apart from the workloads' savings: the active On-Demand Capacity Reservations with
/// their unused capacity, the Dedicated Hosts with their utilization and the Lightsail bundles small steady Linux
/// instances fit, each with its advice. Strings from AWS are
/// written as JSON strings (escaped by the writer), never interpreted.
/// </summary>
internal static class LandscapeJson
{
    public static void Write(Utf8JsonWriter json, ReportModel model)
    {
        json.WriteStartArray("capacity_reservations");
        foreach (var f in model.CapacityReservations)
        {
            var r = f.Reservation;
            json.WriteStartObject();
            json.WriteString("capacity_reservation_id", r.CapacityReservationId);
            json.WriteString("account_id", r.AccountId);
            json.WriteString("region", r.Region);
            json.WriteString("availability_zone", r.AvailabilityZone);
            json.WriteString("instance_type", r.InstanceType);
            json.WriteString("platform", r.Platform);
            json.WriteString("tenancy", r.Tenancy);
            json.WriteString("instance_match_criteria", r.InstanceMatchCriteria);
            json.WriteNumber("total_instance_count", r.TotalInstanceCount);
            json.WriteNumber("available_instance_count", r.AvailableInstanceCount);
            json.WriteNumber("hours", f.Hours);
            json.WriteNumber("average_unused", f.AverageUnused);
            json.WriteNumber("minimum_unused", f.MinimumUnused);
            json.WriteNumber("maximum_used", f.MaximumUsed);
            json.WriteNumberOrNull("on_demand_usd_per_hour", f.OnDemandUsdPerHour);
            json.WriteNumberOrNull("monthly_waste_usd", f.MonthlyWasteUsd);
            json.WriteString("action", f.Action);
            json.WriteString("advice", f.Advice);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("dedicated_hosts");
        foreach (var f in model.DedicatedHosts)
        {
            var h = f.Host;
            json.WriteStartObject();
            json.WriteString("host_id", h.HostId);
            json.WriteString("account_id", h.AccountId);
            json.WriteString("region", h.Region);
            json.WriteString("availability_zone", h.AvailabilityZone);
            json.WriteString("instance_family", h.InstanceFamily);
            json.WriteStringOrNull("instance_type", h.InstanceType);
            json.WriteString("state", h.State);
            json.WriteString("auto_placement", h.AutoPlacement);
            json.WriteNumber("instances_placed", h.InstancesPlaced);
            json.WriteString("unit", f.Unit);
            json.WriteNumberOrNull("capacity", f.Capacity);
            json.WriteNumber("used", f.Used);
            json.WriteNumberOrNull("utilization_percent", f.Utilization is { } u ? Math.Round(u * 100, 1) : null);
            json.WriteNumberOrNull("usd_per_hour", f.UsdPerHour);
            json.WriteNumberOrNull("monthly_idle_usd", f.MonthlyIdleCostUsd);
            json.WriteNumber("monthly_release_savings_usd", f.MonthlyReleaseSavingsUsd);
            json.WriteString("action", f.Action);
            json.WriteString("advice", f.Advice);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("lightsail");
        foreach (var f in model.Lightsail)
        {
            json.WriteStartObject();
            json.WriteString("workload_id", f.Candidate.WorkloadId);
            json.WriteString("account_id", f.Candidate.AccountId);
            json.WriteString("region", f.Candidate.Region);
            json.WriteString("instance_type", f.Candidate.InstanceType);
            json.WriteNumber("current_monthly_usd", f.Candidate.CurrentMonthlyCost);
            json.WriteNumber("recommended_monthly_usd", f.Candidate.RecommendedMonthlyCost);
            json.WriteString("bundle", f.Bundle.BundleName);
            json.WriteNumber("bundle_vcpu", f.Bundle.Vcpu);
            json.WriteNumber("bundle_memory_gib", f.Bundle.MemoryGib);
            json.WriteNumber("bundle_usd_per_month", f.Bundle.UsdPerMonth);
            json.WriteNumber("monthly_savings_usd", f.MonthlySavingsUsd);
            json.WriteString("advice", f.Advice);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("karpenter_node_pools");
        foreach (var pool in model.NodePools)
        {
            json.WriteStartObject();
            json.WriteString("account_id", pool.AccountId);
            json.WriteString("region", pool.Region);
            json.WriteStringOrNull("cluster", pool.Cluster);
            json.WriteString("node_pool", pool.NodePool);
            json.WriteNumber("nodes", pool.Nodes);
            json.WriteString("types_today", string.Join(",", pool.TypesToday));
            json.WriteString("types_advised", string.Join(",", pool.TypesAdvised));
            json.WriteString("capacity_types", string.Join(",", pool.CapacityTypes));
            json.WriteNumber("current_monthly_usd", pool.CurrentMonthlyCost);
            json.WriteNumber("recommended_monthly_usd", pool.RecommendedMonthlyCost);
            json.WriteString("advice", pool.Advice);
            json.WriteBoolean("sized_as_fleet", pool.Fleet is not null);
            json.WriteStringOrNull("fleet_unit_type", pool.Fleet?.UnitType);
            json.WriteNumberOrNull("fleet_units_avg", pool.Fleet is { } f ? Math.Round(f.UnitsAverage, 2) : null);
            json.WriteNumberOrNull("fleet_cpu_p99_vcpu", pool.Fleet?.FleetCpuP99Vcpu is { } p99 ? Math.Round(p99, 3) : null);
            json.WriteStringOrNull("fleet_configuration", pool.Fleet?.Configuration);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
