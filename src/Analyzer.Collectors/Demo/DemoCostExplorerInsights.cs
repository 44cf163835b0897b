using Analyzer.Core.Collection;
using Analyzer.Core.Costs;
using Analyzer.Core.Ingest;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// What Cost Explorer would say about the demo organisation, so the reports can show AWS's view beside the engine's:
/// per account one held 1-year Compute Savings Plan of about 20% of the compute On-Demand spend, its daily
/// utilization and coverage, a purchase recommendation computed the way Cost Explorer does (the hourly commitment
/// that saves most over its own 30-day lookback of past spend, on top of the plan held), and a few rightsizing
/// recommendations for the idle and over-provisioned instances. Deterministic: the same batches give the same rows.
/// </summary>
public static class DemoCostExplorerInsights
{
    /// <summary>Savings Plan price as a share of On-Demand, Compute SP no upfront (approximate public discounts).</summary>
    public const decimal OneYearRate = 0.72m;

    public const decimal ThreeYearRate = 0.50m;

    public const int LookbackDays = 30;

    private static readonly string[] ComputeServices = [DemoCosts.Ec2Service, DemoCosts.EcsService, DemoCosts.EksService, DemoCosts.LambdaService];

    /// <summary>One set per demo account, from the batches <see cref="DemoOrganization.Generate"/> returned.</summary>
    public static IReadOnlyList<CostExplorerInsights> From(DemoOptions options, DemoPriceBook prices, IReadOnlyList<IngestBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(batches);
        var end = DateOnly.FromDateTime(options.WindowEnd);
        var start = end.AddDays(-LookbackDays);
        var inventory = DemoInventory.Build(options, prices);
        return batches.Select(batch =>
        {
            var account = batch.AccountIds[0];
            var daily = batch.CostLines
                // Savings Plans do not apply to Dedicated Hosts (their HostUsage is billed at the host rate or a host reservation's).
                .Where(l => l.UsageDate >= start && l.UsageDate < end && ComputeServices.Contains(l.Service, StringComparer.Ordinal)
                    && !l.UsageType.Contains("HostUsage:", StringComparison.Ordinal))
                .GroupBy(l => l.UsageDate)
                .OrderBy(g => g.Key)
                .Select(g => (Day: g.Key, Spend: g.Sum(l => l.UnblendedCost)))
                .ToList();
            return For(account, start, end, daily, inventory.Where(w => w.Workload.AccountId == account).ToList());
        }).ToList();
    }

    private static CostExplorerInsights For(string account, DateOnly start, DateOnly end, List<(DateOnly Day, decimal Spend)> daily, List<DemoWorkload> workloads)
    {
        var averageHourly = daily.Count == 0 ? 0m : daily.Average(d => d.Spend) / 24m;
        var hourly = decimal.Round(averageHourly * 0.20m * OneYearRate, 3);
        var planStart = end.AddDays(-200).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var utilization = daily.Select(d =>
        {
            var used = Math.Min(hourly * 24, d.Spend * OneYearRate);
            return new SavingsPlansUtilizationDay(d.Day, account, hourly * 24, used, (hourly * 24) - used, Percent(used, hourly * 24), Round(used / OneYearRate), Round((used / OneYearRate) - (hourly * 24)));
        }).ToList();
        var total = hourly * 24 * daily.Count;
        var used = utilization.Sum(u => u.UsedCommitmentUsd);
        var held = new SavingsPlanHeld(account, $"arn:aws:savingsplans::{account}:savingsplan/demo-{account[^4..]}-compute-1y", "Compute", 1, "NO_UPFRONT",
            null, null, hourly, planStart, planStart.AddDays(365), total, used, Percent(used, total), Round(used / OneYearRate), Round((used / OneYearRate) - total));
        return new CostExplorerInsights(account, start, end)
        {
            SavingsPlansHeld = [held],
            SavingsPlansUtilization = utilization,
            SavingsPlansCoverage = [.. daily.Zip(utilization, (d, u) => new SavingsPlansCoverageDay(d.Day, account, u.OnDemandEquivalentUsd!.Value, d.Spend - u.OnDemandEquivalentUsd.Value, d.Spend, Percent(u.OnDemandEquivalentUsd.Value, d.Spend)))],
            PurchaseRecommendations =
            [
                Recommend(account, 1, OneYearRate, daily, hourly),
                Recommend(account, 3, ThreeYearRate, daily, hourly),
            ],
            Rightsizing = DemoRightsizing.For(account, workloads),
        };
    }

    // Cost Explorer's method: over the lookback's hours of On-Demand spend left after the plan held, the commitment
    // (from the candidate levels the spend itself takes) that saves the most; spikes in the lookback raise it.
    private static SavingsPlanPurchaseRecommendation Recommend(string account, int years, decimal rate, List<(DateOnly Day, decimal Spend)> daily, decimal held)
    {
        var hours = daily.Select(d => Math.Max(0m, (d.Spend / 24m) - (held / OneYearRate))).ToList();
        decimal Savings(decimal commitment) => hours.Sum(h => h - (commitment + h - Math.Min(h, commitment / rate))) * 24;
        var best = hours.Select(h => decimal.Round(h * rate, 3)).Append(0m).Distinct().OrderByDescending(Savings).ThenBy(c => c).First();
        var onDemand = hours.Sum() * 24;
        var saved = Savings(best);
        var monthly = daily.Count == 0 ? 0m : Round(saved / daily.Count * 730m / 24m);
        var average = hours.Count == 0 ? 0m : Round(hours.Average());
        var utilization = best == 0m ? (double?)null : Percent(hours.Sum(h => Math.Min(h * rate, best)), best * hours.Count);
        SavingsPlanPurchaseDetail detail = new(account, null, null, null, best, 0m, monthly, Percent(saved, onDemand), utilization,
            best * 24 * hours.Count, Round(onDemand - saved - (best * 24 * hours.Count)), Round(onDemand), Round(hours.DefaultIfEmpty().Min()), Round(hours.DefaultIfEmpty().Max()), average);
        return new SavingsPlanPurchaseRecommendation(account, "LINKED", "COMPUTE_SP", years, "NO_UPFRONT", LookbackDays, $"demo-{account}-{years}y", null,
            best, monthly, Percent(saved, onDemand), utilization, average, Round(onDemand), Round(onDemand - saved), Round(onDemand),
            best == 0m ? null : Percent(saved, best * 24 * hours.Count), best == 0m ? [] : [detail]);
    }

    private static decimal Round(decimal value) => decimal.Round(value, 6);

    private static double? Percent(decimal part, decimal whole) => whole == 0m ? null : (double)decimal.Round(part / whole * 100m, 2);
}
