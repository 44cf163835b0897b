using Analyzer.Core.SavingsPlans;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>Appends one run's plans held and Cost Explorer comparisons to the 0010 tables, and its RIs held to 0018's.</summary>
internal static class SavingsPlanComparisonWriter
{
    public static void Write(DuckDbConnection connection, string runId, HeldCommitments held, IEnumerable<SavingsPlanComparison> comparisons)
    {
        using (var a = connection.CreateAppender("savings_plan_held_applied"))
        {
            foreach (var p in held.Plans)
            {
                a.Append(runId).Append(p.AccountId).Append(p.Arn).Append(p.Plan).Append(p.TermYears).Append(p.Payment)
                    .Append(p.Region).Append(p.InstanceFamily).Append(Money(p.HourlyCommitment)).Append(p.StartsAt).Append(p.EndsAt)
                    .EndRow();
            }
        }

        using (var s = connection.CreateAppender("savings_plan_held_source"))
        {
            s.Append(runId).Append(Money(held.ComputeHourly)).Append(held.ComputeFromSetting).EndRow();
        }

        using var c = connection.CreateAppender("savings_plan_ce_comparisons");
        foreach (var x in comparisons)
        {
            var ce = x.CostExplorer;
            c.Append(runId).Append(ce.Plan).Append(ce.TermYears).Append(ce.Payment).Append(ce.Scope).Append(ce.LookbackDays).Append(ce.Accounts)
                .Append(ce.GeneratedAt).Append(Money(ce.HourlyCommitment)).Append(Money(ce.MonthlySavings)).Append(ce.UtilizationPercent)
                .Append(Money(x.OurAdditionalCommitment)).Append(Money(x.OurAdditionalMonthlySavings)).Append(x.OurUtilizationPercent)
                .Append(Money(x.CostExplorerOnOursMonthlySavings)).Append(x.CostExplorerOnOursUtilizationPercent).Append(x.Reason)
                .EndRow();
        }
    }

    /// <summary>
    /// Appends each Reserved Instance held and what the run did with it to reserved_instances_held_applied, with the
    /// on-demand spend it covers on the recommended fleet and on today's, and what it costs over the window's hours it is
    /// active (applied ones only: the others' usage is not in the series), per 730-hour month.
    /// </summary>
    public static void WriteReservedInstances(
        DuckDbConnection connection, string runId, IReadOnlyList<ReservedInstanceUse> uses, HeldCommitments held, CommitmentAdvice? advice, IReadOnlyList<Core.Rules.WorkloadEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var recommended = advice is null ? null : FleetCommitmentPlanner.ReservedCovered(advice.Recommended.Hours, held);
        var today = advice is null ? null : FleetCommitmentPlanner.ReservedCovered(advice.Current.Hours, held);
        var hours = advice?.Recommended.Hours.Count ?? 0;
        var fees = FleetCommitmentPlanner.ReservedFees(hours, held);
        decimal Monthly(IReadOnlyDictionary<string, decimal>? covered, int hours, string id) =>
            hours > 0 && covered is not null && covered.TryGetValue(id, out var usd) ? usd * Core.Options.Billing.HoursPerMonth / hours : 0m;

        using var a = connection.CreateAppender("reserved_instances_held_applied");
        foreach (var u in uses)
        {
            var r = u.Held;
            a.Append(runId).Append(r.AccountId).Append(r.ReservedInstancesId).Append(r.Region).Append(r.InstanceType).Append(r.InstanceCount)
                .Append(r.Scope).Append(r.AvailabilityZone).Append(r.OfferingClass).Append(r.OfferingType).Append(r.ProductDescription)
                .Append(r.InstanceTenancy).Append(r.Start).Append(r.End).Append(Money(u.OnDemandUsdPerHour)).Append(u.Applied is not null)
                .Append(u.Covers).Append(Money(Monthly(recommended, advice?.Recommended.Hours.Count ?? 0, r.ReservedInstancesId)))
                .Append(Money(Monthly(today, advice?.Current.Hours.Count ?? 0, r.ReservedInstancesId)))
                .Append(Money(u.Applied?.AmortizedUsdPerHour ?? ReservedInstanceRule.AmortizedUsdPerHour(r)))
                .Append(Money(u.Applied is null ? 0m : Monthly(fees, hours, r.ReservedInstancesId))).Append(r.State);
            var (moved, savings) = u.Applied is { } ri && advice is not null ? MovedOff(ri, advice, evaluations) : (0, 0m);
            a.Append(moved).Append(Money(savings)).EndRow();
        }
    }

    // The workloads whose usage today the RI applies to and whose recommended usage it does not (or that leave the
    // series: stopped), and what their recommendations save per month on demand.
    private static (int Count, decimal MonthlySavings) MovedOff(HeldReservedInstance ri, CommitmentAdvice advice, IReadOnlyList<Core.Rules.WorkloadEvaluation> evaluations)
    {
        var (count, savings) = (0, 0m);
        foreach (var e in evaluations)
        {
            if (advice.Current.WorkloadMonthly.TryGetValue(e.WorkloadId, out var today) && FleetCommitmentPlanner.ReservedApplies(ri, today.Key)
                && !(advice.Recommended.WorkloadMonthly.TryGetValue(e.WorkloadId, out var after) && FleetCommitmentPlanner.ReservedApplies(ri, after.Key)))
            {
                (count, savings) = (count + 1, savings + (e.Recommendation.Chosen.MonthlySavings ?? 0m));
            }
        }

        return (count, savings);
    }

    private static decimal Money(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);
}
