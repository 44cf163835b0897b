using System.Globalization;
using Analyzer.Core.Collection;
using Analyzer.Core.SavingsPlans;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>
/// What the bill says about Savings Plans: the plans held (queries/analysis/savings/held_plans.sql), the Reserved
/// Instances held (reserved_instances.sql) and Cost Explorer's
/// purchase recommendations over the organisation (ce_recommendations.sql).
/// </summary>
internal static class SavingsPlanInputs
{
    public static IReadOnlyList<HeldPlan> HeldPlans(DuckDbConnection connection)
    {
        var plans = new List<HeldPlan>();
        using var reader = connection.ExecuteReader(Queries.Get(Queries.HeldPlans));
        while (reader.Read())
        {
            plans.Add(new HeldPlan(
                reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3), Text(reader, 4), Text(reader, 5), Text(reader, 6),
                reader.GetDecimal(7), reader.IsDBNull(8) ? null : reader.GetDateTime(8), reader.IsDBNull(9) ? null : reader.GetDateTime(9)));
        }

        return plans;
    }

    /// <summary>The Reserved Instances held (queries/analysis/savings/reserved_instances.sql).</summary>
    public static IReadOnlyList<ReservedInstance> ReservedInstances(DuckDbConnection connection)
    {
        var held = new List<ReservedInstance>();
        using var r = connection.ExecuteReader(Queries.Get(Queries.ReservedInstances));
        string S(string column) => r.GetString(r.GetOrdinal(column));
        decimal Usd(string column) => r.GetDecimal(r.GetOrdinal(column));
        DateTime? At(string column) => r.IsDBNull(r.GetOrdinal(column)) ? null : DateTime.SpecifyKind(r.GetDateTime(r.GetOrdinal(column)), DateTimeKind.Utc);
        while (r.Read())
        {
            held.Add(new ReservedInstance(
                S("reserved_instances_id"), S("account_id"), S("region"), S("instance_type"), r.GetInt32(r.GetOrdinal("instance_count")), S("scope"),
                S("availability_zone"), S("offering_class"), S("offering_type"), S("product_description"), S("instance_tenancy"),
                At("starts_at"), At("ends_at"), Usd("fixed_price_usd"), Usd("usage_price_usd"), Usd("recurring_hourly_usd"))
            {
                State = S("state"),
            });
        }

        return held;
    }

    public static IReadOnlyList<CostExplorerSavingsPlanRecommendation> CostExplorer(DuckDbConnection connection, int windowDays)
    {
        var rows = new List<CostExplorerSavingsPlanRecommendation>();
        using var reader = connection.ExecuteReader(Queries.Get(Queries.CostExplorerSavingsPlans), new Dictionary<string, object?> { ["window_days"] = windowDays });
        while (reader.Read())
        {
            rows.Add(new CostExplorerSavingsPlanRecommendation(
                reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture), reader.GetDecimal(6), reader.GetDecimal(7),
                reader.IsDBNull(8) ? null : reader.GetDouble(8), reader.IsDBNull(9) ? null : reader.GetDateTime(9)));
        }

        return rows;
    }

    private static string? Text(DuckDbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
