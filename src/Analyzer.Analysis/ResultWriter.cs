using System.Text.Json;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>Appends one run's profiles, options, recommendations and Savings Plan results to the 0003 tables.</summary>
internal static class ResultWriter
{
    public static void Profiles(DuckDbConnection connection, string runId, IEnumerable<(DemandProfile Profile, InterruptionTolerance Tolerance)> profiles)
    {
        using var a = connection.CreateAppender("workload_profiles");
        foreach (var (p, tolerance) in profiles)
        {
            a.Append(runId).Append(p.WorkloadId).Append(p.HoursInWindow).Append(p.HoursObserved).Append(p.CoveragePercent)
                .Append(p.ConfiguredVcpu).Append(p.ConfiguredMemoryGib).Append(p.CpuMeanVcpu).Append(p.CpuP50Vcpu).Append(p.CpuP90Vcpu)
                .Append(p.CpuP95Vcpu).Append(p.CpuP99Vcpu).Append(p.CpuP995Vcpu).Append(p.CpuMaxVcpu).Append(p.CpuMaxPercent)
                .Append(p.HasMemoryMetric).Append(p.MemoryP95Gib).Append(p.MemoryMaxGib).Append(p.NetworkInPeakBytesPerHour)
                .Append(p.NetworkOutPeakBytesPerHour).Append(p.ActiveHoursFraction).Append(p.BusinessHoursShare).Append(p.NightShare)
                .Append(p.MeanActiveRunHours).Append(p.PeakToMeanRatio).Append(p.Shape.ToName()).Append(p.RunningCountMean)
                .Append(p.RunningCountMin).Append(p.RunningCountMax).Append(p.MonthlyInvocations).Append(p.DurationAverageMs)
                .Append(p.DurationP99Ms).Append(p.ConcurrencyMax).Append(p.UnitOfWorkSeconds).Append(tolerance.Tolerant).Append(tolerance.Reason)
                .EndRow();
        }
    }

    public static void Options(DuckDbConnection connection, string runId, IEnumerable<WorkloadEvaluation> evaluations)
    {
        // The JSON details are half the rows' cost: a chunk's are formatted on another thread while the one before is
        // appended (the appender itself is one thread's), a chunk at a time so they are not all held at once.
        const int ChunkSize = 1024;
        var all = evaluations as IReadOnlyList<WorkloadEvaluation> ?? [.. evaluations];
        using var a = connection.CreateAppender("workload_options");
        using var details = new ReadAhead<string[][]>(
            (all.Count + ChunkSize - 1) / ChunkSize,
            c => [.. Enumerable.Range(c * ChunkSize, Math.Min(ChunkSize, all.Count - (c * ChunkSize))).Select(e => all[e].Options.Select(Detail).ToArray())]);
        for (var from = 0; details.More; from += ChunkSize)
        {
            var chunk = details.Take();
            details.Prefetch();
            for (var e = 0; e < chunk.Length; e++)
            {
                var evaluation = all[from + e];
                for (var i = 0; i < evaluation.Options.Count; i++)
                {
                    var o = evaluation.Options[i];
                    var t = o.Target;
                    a.Append(runId).Append(evaluation.WorkloadId).Append(o.Option).Append(o.Family.ToName()).Append(Money(o.MonthlyCost))
                        .Append(Money(o.MonthlySavings)).Append(o.Feasible).Append(o.Reason).Append(o.Risk.ToName()).Append(o.Effort.ToName())
                        .Append(o.Confidence.ToName()).Append(o.FixesUnderProvisioning).Append(t?.InstanceType).Append(t?.Architecture)
                        .Append(t?.Vcpu).Append(t?.MemoryGib).Append(t?.LambdaMemoryMb).Append(t?.Capacity).Append(t?.MonthlyHours)
                        .Append(t is null ? null : Math.Round(t.Units.Average, 4)).Append(chunk[e][i]).Append(t?.Units.Min).Append(t?.Units.Max)
                        .EndRow();
                }
            }
        }
    }

    /// <summary>The chosen option's whole units in each observed hour (option_hourly_units), for the commitment optimizer.</summary>
    /// <summary>
    /// The chosen options' whole units in each hour, staged a workload per row (two lists) and unnested into
    /// option_hourly_units by SQL: millions of appended rows cost more than the rest of the analysis's writes.
    /// </summary>
    public static void CreateHourlyUnitsStage(DuckDbConnection connection) => connection.Execute(Queries.Get(Queries.StageHourlyUnits));

    /// <summary>Stages one batch's chosen options (<see cref="CreateHourlyUnitsStage"/> first).</summary>
    public static void StageHourlyUnits(DuckDbConnection connection, IEnumerable<(string WorkloadId, string Option, IReadOnlyList<DateTime> Hours, IReadOnlyList<int> Units)> chosen)
    {
        using var a = connection.CreateAppender("stage_hourly_units");
        foreach (var (workloadId, option, hours, units) in chosen)
        {
            a.Append(workloadId).Append(option).Append(hours).Append(units).EndRow();
        }
    }

    /// <summary>Moves what was staged into option_hourly_series (read as option_hourly_units) under <paramref name="runId"/> and drops the stage.</summary>
    public static void InsertHourlyUnits(DuckDbConnection connection, string runId)
    {
        connection.Execute(Queries.Get(Queries.InsertHourlyUnits), new Dictionary<string, object?> { ["run_id"] = runId });
        connection.Execute(Queries.Get(Queries.DropHourlyUnits));
    }

    public static void Recommendations(DuckDbConnection connection, string runId, IEnumerable<WorkloadEvaluation> evaluations, string riskAppetite)
    {
        using var a = connection.CreateAppender("recommendations");
        foreach (var evaluation in evaluations)
        {
            var r = evaluation.Recommendation;
            var current = evaluation.Options.FirstOrDefault(o => o.Family == OptionFamily.Current);
            a.Append(runId).Append(evaluation.WorkloadId).Append(r.Chosen.Option).Append(r.Chosen.Family.ToName())
                .Append(Money(current?.MonthlyCost)).Append(Money(r.Chosen.MonthlyCost)).Append(Money(r.Chosen.MonthlySavings))
                .Append(r.Chosen.Risk.ToName()).Append(r.Chosen.Effort.ToName()).Append(r.Chosen.Confidence.ToName()).Append(r.Reason)
                .Append(r.Commitment?.Option).Append(Money(r.Commitment?.MonthlyCost)).Append(Money(r.Commitment?.MonthlySavings))
                .Append(riskAppetite).Append(Money(evaluation.BilledMonthlyCost))
                .EndRow();
        }
    }

    public static void SavingsPlans(DuckDbConnection connection, string runId, IEnumerable<SavingsPlanResult> results)
    {
        var all = results.ToArray();
        using (var a = connection.CreateAppender("savings_plan_results"))
        {
            foreach (var r in all)
            {
                a.Append(runId).Append(r.Offer.Plan).Append(r.Offer.TermYears).Append(r.Offer.Payment)
                    .Append(Money(r.Optimum.HourlyCommitment)).Append(Money(r.HeldCommitment)).Append(Money(r.AdditionalCommitment))
                    .Append(Money(r.MonthlyOnDemandSpend)).Append(Money(r.Optimum.MonthlyNetSavings)).Append(Money(r.AdditionalMonthlySavings))
                    .Append(r.Optimum.UtilizationPercent).Append(r.Optimum.CoveragePercent)
                    .EndRow();
            }
        }

        using var c = connection.CreateAppender("savings_plan_curve");
        foreach (var r in all)
        {
            foreach (var p in r.Curve)
            {
                c.Append(runId).Append(r.Offer.Plan).Append(r.Offer.TermYears).Append(r.Offer.Payment)
                    .Append(Money(p.HourlyCommitment)).Append(Money(p.MonthlyNetSavings)).Append(p.UtilizationPercent).Append(p.CoveragePercent)
                    .EndRow();
            }
        }
    }

    private static decimal? Money(decimal? value) => value is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero) : null;

    private static string Detail(OptionResult option)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("option", option.Option);
            json.WriteString("family", option.Family.ToName());
            if (option.MonthlyCost is { } cost)
            {
                json.WriteNumber("monthlyCost", cost);
            }

            if (option.MonthlySavings is { } savings)
            {
                json.WriteNumber("monthlySavings", savings);
            }

            json.WriteBoolean("feasible", option.Feasible);
            json.WriteString("reason", option.Reason);
            json.WriteString("risk", option.Risk.ToName());
            json.WriteString("effort", option.Effort.ToName());
            json.WriteString("confidence", option.Confidence.ToName());
            json.WriteBoolean("fixesUnderProvisioning", option.FixesUnderProvisioning);
            if (option.Target is { } target)
            {
                json.WriteNumber("minUnits", target.Units.Min);
                json.WriteNumber("maxUnits", target.Units.Max);
                json.WriteNumber("averageUnits", Math.Round(target.Units.Average, 4));
                json.WriteNumber("monthlyHours", Math.Round(target.MonthlyHours, 2));
                if (target.Change is { } change)
                {
                    json.WriteStartObject("fleetChange");
                    json.WriteString("fromSize", change.FromSize);
                    json.WriteNumber("fromMinUnits", change.FromUnits.Min);
                    json.WriteNumber("fromMaxUnits", change.FromUnits.Max);
                    json.WriteString("toSize", change.ToSize);
                    json.WriteNumber("toMinUnits", change.ToUnits.Min);
                    json.WriteNumber("toMaxUnits", change.ToUnits.Max);
                    json.WriteBoolean("reduces", change.Reduces);
                    json.WriteEndObject();
                }
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
