using System.Globalization;
using Analyzer.Core.Collection;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Reporting;

/// <summary>The run's active Capacity Reservations (queries/analysis/report/capacity_reservations.sql), each judged by <see cref="CapacityReservationAdvisor"/>.</summary>
internal static class CapacityReservationReader
{
    public static IReadOnlyList<CapacityReservationFinding> Read(DuckDbConnection connection, string runId)
    {
        var findings = new List<CapacityReservationFinding>();
        using var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.CapacityReservations), new Dictionary<string, object?> { ["run_id"] = runId });
        int Col(string name) => reader.GetOrdinal(name);
        var (id, account, region, zone, type, platform, tenancy) = (Col("capacity_reservation_id"), Col("account_id"), Col("region"), Col("availability_zone"), Col("instance_type"), Col("platform"), Col("tenancy"));
        var (total, available, state, criteria, start, end, hourly, price) = (Col("total_instance_count"), Col("available_instance_count"), Col("state"), Col("instance_match_criteria"), Col("start_date"), Col("end_date"), Col("hourly_used"), Col("usd_per_hour"));
        while (reader.Read())
        {
            var reservation = new CapacityReservation(
                reader.GetString(id), reader.GetString(account), reader.GetString(region), reader.GetString(zone), reader.GetString(type),
                reader.GetString(platform), reader.GetString(tenancy), reader.GetInt32(total), reader.GetInt32(available), reader.GetString(state),
                reader.GetString(criteria), reader.IsDBNull(start) ? null : reader.GetDateTime(start), reader.IsDBNull(end) ? null : reader.GetDateTime(end));
            var used = reader.IsDBNull(hourly)
                ? []
                : reader.GetString(hourly).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => int.Parse(u, CultureInfo.InvariantCulture)).ToList();
            findings.Add(CapacityReservationAdvisor.Advise(reservation, used, reader.IsDBNull(price) ? null : reader.GetDecimal(price)));
        }

        return [.. findings.OrderByDescending(f => f.MonthlyWasteUsd ?? 0m).ThenBy(f => f.Reservation.CapacityReservationId, StringComparer.Ordinal)];
    }
}
