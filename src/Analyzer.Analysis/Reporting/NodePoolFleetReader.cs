using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Reporting;

/// <summary>The run's NodePools sized as fleets (queries/analysis/report/node_pool_fleets.sql).</summary>
internal static class NodePoolFleetReader
{
    public static IReadOnlyList<NodePoolFleetSizing> Read(DuckDbConnection connection, string runId)
    {
        var fleets = new List<NodePoolFleetSizing>();
        using var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.NodePoolFleets), new Dictionary<string, object?> { ["run_id"] = runId });
        int Col(string name) => reader.GetOrdinal(name);
        var (account, region, cluster, pool, unitType, unitsMin, unitsMax, unitsAvg) = (Col("account_id"), Col("region"), Col("cluster"), Col("node_pool"), Col("unit_type"), Col("units_min"), Col("units_max"), Col("units_avg"));
        var (p99, current, familyCol, targetType, capacity, cost, reason) = (Col("fleet_cpu_p99_vcpu"), Col("current_monthly_cost"), Col("family"), Col("target_instance_type"), Col("target_capacity"), Col("monthly_cost"), Col("reason"));
        while (reader.Read())
        {
            if (!OptionFamilyNames.TryParse(reader.GetString(familyCol), out var family) || reader.IsDBNull(current))
            {
                continue;
            }

            double Double(int column) => reader.IsDBNull(column) ? 0 : reader.GetDouble(column);
            int? Int(string name) => reader.IsDBNull(Col(name)) ? null : reader.GetInt32(Col(name));
            // A Spot option's target is a set of pools; its label names the type they are like ("ec2-spot:c6g.large").
            var option = reader.GetString(Col("option"));
            var type = reader.IsDBNull(targetType) ? (family == OptionFamily.Current || option.IndexOf(':', StringComparison.Ordinal) < 0 ? null : option[(option.IndexOf(':', StringComparison.Ordinal) + 1)..]) : reader.GetString(targetType);
            var today = decimal.Round(reader.GetDecimal(current), 2, MidpointRounding.AwayFromZero);
            var units = OptionConfiguration.Units(Int("target_min_units"), Int("target_max_units"), reader.IsDBNull(Col("target_avg_units")) ? null : reader.GetDouble(Col("target_avg_units")));
            var types = type is null ? [] : type.Split(',', StringSplitOptions.RemoveEmptyEntries);
            var configuration = family == OptionFamily.Current
                ? $"as today ({reader.GetString(unitType)})"
                : OptionConfiguration.Option(family, reader.GetString(unitType), types.Length > 1 ? $"({string.Join(" | ", types)})" : type, null, null, null, null, reader.IsDBNull(capacity) ? null : reader.GetString(capacity), units, null);
            fleets.Add(new NodePoolFleetSizing(
                reader.GetString(account), reader.GetString(region), reader.IsDBNull(cluster) ? null : reader.GetString(cluster), reader.GetString(pool),
                reader.GetString(unitType), Double(unitsMin), Double(unitsMax), Double(unitsAvg), reader.IsDBNull(p99) ? null : reader.GetDouble(p99), today,
                family, configuration, types, reader.IsDBNull(capacity) ? "on-demand" : reader.GetString(capacity),
                family == OptionFamily.Current || reader.IsDBNull(cost) ? today : decimal.Round(reader.GetDecimal(cost), 2, MidpointRounding.AwayFromZero),
                reader.GetString(reason)));
        }

        return fleets;
    }
}
