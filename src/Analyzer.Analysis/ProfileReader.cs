using System.Globalization;
using Analyzer.Core.Profiles;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Settings;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>Reads the inventory and runs the demand-profile SQL, turning rows into Core profiles.</summary>
internal static class ProfileReader
{
    public static IReadOnlyList<Workload> Workloads(DuckDbConnection connection, AnalysisSettings settings)
    {
        var workloads = new List<Workload>();
        using var reader = connection.ExecuteReader(Queries.Get(Queries.Workloads));
        while (reader.Read())
        {
            var tags = reader.IsDBNull(14)
                ? new Dictionary<string, string>()
                : reader.GetMap(14).ToDictionary(p => p.Key, p => p.Value?.ToString() ?? string.Empty, StringComparer.Ordinal);
            var workload = new Workload(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                WorkloadKindNames.Parse(reader.GetString(3)),
                reader.GetString(4),
                NullableString(reader, 5),
                NullableDouble(reader, 6),
                NullableDouble(reader, 7),
                reader.GetString(8),
                reader.GetString(9),
                NullableString(reader, 10),
                reader.GetInt32(11),
                reader.IsDBNull(12) ? null : reader.GetInt32(12),
                reader.IsDBNull(13) ? null : reader.GetInt32(13),
                tags)
            {
                Platform = reader.GetString(15),
                Tenancy = reader.GetString(16),
            };
            if (settings.InScope(workload.AccountId, workload.Region))
            {
                workloads.Add(workload);
            }
        }

        return workloads;
    }

    /// <summary>
    /// Stages the window once (queries/analysis/profile/window_keys.sql, window_repeated.sql, window_hours.sql) for
    /// <c>Profiles</c> to read (the profiles, the hourly series and the fleet's commitment series' demand);
    /// disposing drops what was staged.
    /// </summary>
    public static IDisposable StageWindow(DuckDbConnection connection, Period window)
    {
        var staged = new StagedWindow(connection);
        try
        {
            connection.Execute(Queries.Get(Queries.WindowKeys));
            connection.Execute(Queries.Get(Queries.WindowRepeated), new Dictionary<string, object?>
            {
                ["window_start"] = window.Start,
                ["window_end"] = window.End,
            });
            connection.Execute(Queries.Get(Queries.WindowHours));
        }
        catch
        {
            staged.Dispose();
            throw;
        }

        return staged;
    }

    /// <summary>Every workload's demand profile over the window staged by <see cref="StageWindow"/>.</summary>
    /// <returns>The profiles of the workloads with samples in the window, and each hour's demand weight (the fleet's commitment series spreads options over it).</returns>
    public static (Dictionary<string, DemandProfile> Profiles, List<FleetDemandHour> Demand) Profiles(
        DuckDbConnection connection, Period window, AnalysisSettings settings, IReadOnlyDictionary<string, Workload> workloads)
    {
        var ids = WorkloadKeys(connection, workloads);
        return Profiles(connection, window, settings, workloads, ids, new KeyRange(0, ids.Length - 1));
    }

    /// <summary>
    /// The demand profiles of one batch of workloads (<paramref name="batch"/> of the staged window's keys, which
    /// <paramref name="ids"/> from <see cref="WorkloadKeys"/> names), so a large fleet is read and evaluated a part at
    /// a time instead of holding every hourly series at once.
    /// </summary>
    public static (Dictionary<string, DemandProfile> Profiles, List<FleetDemandHour> Demand) Profiles(
        DuckDbConnection connection, Period window, AnalysisSettings settings, IReadOnlyDictionary<string, Workload> workloads, string?[] ids, KeyRange batch)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["window_start"] = window.Start,
            ["window_end"] = window.End,
            ["idle_threshold_pct"] = settings.ActiveCpuThresholdPercent,
            ["key_from"] = batch.From,
            ["key_to"] = batch.To,
        };
        var (hourly, demand) = Hours(connection, parameters, window, ids);
        var profiles = new Dictionary<string, DemandProfile>(StringComparer.Ordinal);
        using var reader = connection.ExecuteReader(Queries.Get(Queries.Demand), parameters);
        while (reader.Read())
        {
            var id = reader.GetString(reader.GetOrdinal("workload_id"));
            if (!workloads.TryGetValue(id, out var workload))
            {
                continue;
            }

            double? D(string column)
            {
                var ordinal = reader.GetOrdinal(column);
                return reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
            }

            var hoursInWindow = D("hours_in_window") ?? window.Hours;
            var observed = (int)(D("hours_observed") ?? 0);
            var activeHours = D("active_hours") ?? 0;
            var series = hourly.GetValueOrDefault(id);
            var activeRuns = series is null ? 0 : ActiveRuns(series);
            var invocations = D("invocations_total");
            var profile = new DemandProfile
            {
                WorkloadId = id,
                HoursInWindow = hoursInWindow,
                HoursObserved = observed,
                ConfiguredVcpu = D("configured_vcpu"),
                ConfiguredMemoryGib = D("configured_memory_gib"),
                CpuMeanVcpu = D("cpu_mean_vcpu"),
                CpuP50Vcpu = D("cpu_p50_vcpu"),
                CpuP90Vcpu = D("cpu_p90_vcpu"),
                CpuP95Vcpu = D("cpu_p95_vcpu"),
                CpuP99Vcpu = D("cpu_p99_vcpu"),
                CpuP995Vcpu = D("cpu_p995_vcpu"),
                CpuMaxVcpu = D("cpu_max_vcpu"),
                CpuMaxPercent = D("cpu_max_pct"),
                MemoryP95Gib = D("memory_p95_gib"),
                MemoryMaxGib = D("memory_max_gib"),
                NetworkInPeakBytesPerHour = D("net_in_peak"),
                NetworkOutPeakBytesPerHour = D("net_out_peak"),
                ActiveHoursFraction = observed > 0 ? activeHours / observed : 0,
                BusinessHoursShare = D("business_share"),
                NightShare = D("night_share"),
                MeanActiveRunHours = activeRuns > 0 ? activeHours / activeRuns : null,
                RunningCountMean = D("running_count_mean") ?? 1,
                RunningCountMin = D("running_count_min") ?? 1,
                RunningCountMax = D("running_count_max") ?? 1,
                MonthlyInvocations = invocations is { } calls && hoursInWindow > 0 ? calls * 730 / hoursInWindow : null,
                DurationAverageMs = D("duration_avg_ms"),
                DurationP99Ms = D("duration_p99_ms"),
                ConcurrencyMax = D("concurrency_max"),
                FleetCpuMeanVcpu = D("fleet_cpu_mean_vcpu"),
                FleetCpuP90Vcpu = D("fleet_cpu_p90_vcpu"),
                FleetCpuP95Vcpu = D("fleet_cpu_p95_vcpu"),
                FleetCpuP99Vcpu = D("fleet_cpu_p99_vcpu"),
                FleetCpuP995Vcpu = D("fleet_cpu_p995_vcpu"),
                FleetCpuMaxVcpu = D("fleet_cpu_max_vcpu"),
                FleetMemoryMaxGib = D("fleet_memory_max_gib"),
                Hours = series,
            };
            profile = profile with { Shape = DemandShapeClassifier.Classify(profile) };
            profiles[id] = profile with { UnitOfWorkSeconds = UnitOfWork(workload, profile, settings) };
        }

        return (profiles, demand);
    }

    // Each workload's observed hours, oldest first, and the same hours as the fleet series' demand weights (one read
    // of the hourly rows serves both; FleetSpendSeries orders the weights itself). Rows name their workload by its
    // integer key in the staged window (workload_keys.sql): an array index per row instead of a string read and hashed.
    private static (Dictionary<string, List<DemandHour>> Hours, List<FleetDemandHour> Demand) Hours(
        DuckDbConnection connection, IReadOnlyDictionary<string, object?> parameters, Period window, string?[] ids)
    {
        var byKey = new List<DemandHour>?[ids.Length];
        var demand = new List<FleetDemandHour>();

        // Each list sized for the window up front (up to a quarter): growing hundreds of lists by doubling cost more than the read.
        var capacity = Math.Min((int)Math.Ceiling(window.Hours), 92 * 24);
        using var reader = connection.ExecuteReader(Queries.Get(Queries.Hourly), parameters);
        int key = reader.GetOrdinal("workload_key"), hour = reader.GetOrdinal("hour"), peak = reader.GetOrdinal("cpu_peak_vcpu"),
            average = reader.GetOrdinal("cpu_avg_vcpu"), units = reader.GetOrdinal("running_units"), active = reader.GetOrdinal("active"),
            weight = reader.GetOrdinal("weight");
        while (reader.Read())
        {
            var k = reader.GetInt32(key);
            if (ids[k] is not { } workloadId)
            {
                continue;
            }

            var list = byKey[k] ??= new List<DemandHour>(capacity);
            var at = DateTime.SpecifyKind(reader.GetDateTime(hour), DateTimeKind.Utc);
            list.Add(new DemandHour(
                at,
                reader.IsDBNull(peak) ? null : reader.GetDouble(peak),
                reader.IsDBNull(average) ? null : reader.GetDouble(average),
                reader.GetDouble(units),
                !reader.IsDBNull(active) && reader.GetBoolean(active)));
            demand.Add(new FleetDemandHour(workloadId, (int)Math.Round((at - window.Start).TotalHours), reader.GetDouble(weight)));
        }

        var hours = new Dictionary<string, List<DemandHour>>(StringComparer.Ordinal);
        for (var k = 0; k < byKey.Length; k++)
        {
            if (byKey[k] is not { } series)
            {
                continue;
            }

            if (!InHourOrder(series))
            {
                series.Sort((a, b) => a.Hour.CompareTo(b.Hour));
            }

            hours[ids[k]!] = series;
        }

        return (hours, demand);
    }

    /// <summary>The staged window's keys as an array indexed by key, holding the ids of the workloads in scope (null otherwise).</summary>
    public static string?[] WorkloadKeys(DuckDbConnection connection, IReadOnlyDictionary<string, Workload> workloads)
    {
        var keys = new List<(int Key, string Id)>();
        using (var reader = connection.ExecuteReader(Queries.Get(Queries.WorkloadKeys)))
        {
            int key = reader.GetOrdinal("workload_key"), id = reader.GetOrdinal("workload_id");
            while (reader.Read())
            {
                keys.Add((reader.GetInt32(key), reader.GetString(id)));
            }
        }

        var ids = new string?[keys.Count == 0 ? 1 : keys.Max(k => k.Key) + 1];
        foreach (var (key, id) in keys)
        {
            ids[key] = workloads.ContainsKey(id) ? id : null;
        }

        return ids;
    }

    /// <summary>
    /// Splits the staged window's keys into ranges of at most <paramref name="batchSize"/> workloads in scope each, in
    /// key order (the workloads' id order), so batches evaluated one after another keep the fleet's order.
    /// </summary>
    public static IReadOnlyList<KeyRange> Batches(string?[] ids, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var batches = new List<KeyRange>();
        var (from, count) = (0, 0);
        for (var key = 0; key < ids.Length; key++)
        {
            if (ids[key] is null)
            {
                continue;
            }

            if (count == batchSize)
            {
                batches.Add(new KeyRange(from, key - 1));
                (from, count) = (key, 0);
            }

            count++;
        }

        if (count > 0)
        {
            batches.Add(new KeyRange(from, ids.Length - 1));
        }

        return batches;
    }

    /// <summary>
    /// The runs of consecutive active hours in a series in hour order: a run starts at an active hour whose previous
    /// clock hour was not an observed active one.
    /// </summary>
    internal static int ActiveRuns(IReadOnlyList<DemandHour> series)
    {
        var runs = 0;
        for (var i = 0; i < series.Count; i++)
        {
            if (series[i].Active && !(i > 0 && series[i - 1].Active && series[i - 1].Hour == series[i].Hour.AddHours(-1)))
            {
                runs++;
            }
        }

        return runs;
    }

    private static bool InHourOrder(List<DemandHour> series)
    {
        for (var i = 1; i < series.Count; i++)
        {
            if (series[i].Hour < series[i - 1].Hour)
            {
                return false;
            }
        }

        return true;
    }

    public static Dictionary<string, decimal> ActualMonthly(DuckDbConnection connection, Period window)
    {
        var costs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using var reader = connection.ExecuteReader(Queries.Get(Queries.ActualMonthly), new Dictionary<string, object?>
        {
            ["window_start"] = DateOnly.FromDateTime(window.Start),
            ["window_end"] = DateOnly.FromDateTime(window.End),
        });
        while (reader.Read())
        {
            costs[reader.GetString(0)] = reader.GetDecimal(1);
        }

        return costs;
    }

    /// <summary>An empty profile for a workload with no samples in the window, so it still gets a stated reason.</summary>
    public static DemandProfile Empty(string workloadId, Period window) => new()
    {
        WorkloadId = workloadId,
        HoursInWindow = window.Hours,
        HoursObserved = 0,
    };

    // The unit of work: the tag where set, else for a batch shape the mean length of its active runs.
    private static double? UnitOfWork(Workload workload, DemandProfile profile, AnalysisSettings settings)
    {
        if (workload.Tags.TryGetValue(settings.UnitOfWorkTag, out var text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            return seconds;
        }

        return profile.Shape.IsBatch() && profile.MeanActiveRunHours is { } hours ? hours * 3600 : null;
    }

    private sealed class StagedWindow(DuckDbConnection connection) : IDisposable
    {
        public void Dispose() => connection.Execute(Queries.Get(Queries.DropWindowHours));
    }

    private static string? NullableString(DuckDbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static double? NullableDouble(DuckDbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}
