using Analyzer.Core.Collection;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Reporting;

/// <summary>The Dedicated Hosts held with their host-hour rates (queries/analysis/report/dedicated_hosts.sql), judged by <see cref="DedicatedHostAdvisor"/>.</summary>
internal static class DedicatedHostReader
{
    public static IReadOnlyList<DedicatedHostFinding> Read(DuckDbConnection connection, string runId)
    {
        var hosts = new List<(DedicatedHost Host, decimal? Rate)>();
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.DedicatedHosts), new Dictionary<string, object?> { ["run_id"] = runId }))
        {
            int Col(string name) => reader.GetOrdinal(name);
            int? Int(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
            string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
            var (id, account, region, zone, family, type, state) = (Col("host_id"), Col("account_id"), Col("region"), Col("availability_zone"), Col("instance_family"), Col("instance_type"), Col("state"));
            var (vcpus, freeVcpus, placed, capacity, free, auto, allocated, rate) = (Col("total_vcpus"), Col("available_vcpus"), Col("instances_placed"), Col("total_capacity"), Col("available_capacity"), Col("auto_placement"), Col("allocation_time"), Col("usd_per_hour"));
            while (reader.Read())
            {
                var host = new DedicatedHost(
                    reader.GetString(id), reader.GetString(account), reader.GetString(region), reader.GetString(zone), reader.GetString(family), Text(type),
                    reader.GetString(state), Int(vcpus), Int(freeVcpus), reader.GetInt32(placed), Int(capacity), Int(free), reader.GetString(auto),
                    reader.IsDBNull(allocated) ? null : reader.GetDateTime(allocated));
                hosts.Add((host, reader.IsDBNull(rate) ? null : reader.GetDecimal(rate)));
            }
        }

        var rates = hosts.ToDictionary(h => h.Host.HostId, h => h.Rate, StringComparer.Ordinal);
        return DedicatedHostAdvisor.Advise([.. hosts.Select(h => h.Host)], h => rates[h.HostId]);
    }
}
