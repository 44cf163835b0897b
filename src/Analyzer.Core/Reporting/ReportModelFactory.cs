using System.Globalization;
using Analyzer.Core.Options;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Builds a <see cref="ReportModel"/> from the analysis results: rounds money to cents, checks the rows are
/// consistent and derives the summary, breakdowns and CPU distribution from them, so every writer shows the
/// same totals.
/// </summary>
public static class ReportModelFactory
{
    public const string Untagged = "(untagged)";

    private static readonly SavingsCategory[] ReportedCategories =
    [
        SavingsCategory.Rightsizing, SavingsCategory.Scheduling, SavingsCategory.Graviton, SavingsCategory.Spot, SavingsCategory.Fargate, SavingsCategory.Lambda, SavingsCategory.Lightsail,
        SavingsCategory.Commitments,
    ];

    public static ReportModel Create(
        ReportCover cover,
        IReadOnlyList<WorkloadReport> workloads,
        CommitmentRecommendation? commitment,
        IReadOnlyList<ServiceMonthSpend> spendHistory,
        string teamTagKey,
        MonthOverMonth? monthOverMonth,
        DataQualityReport dataQuality,
        Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(cover);
        ArgumentNullException.ThrowIfNull(workloads);
        ArgumentNullException.ThrowIfNull(spendHistory);
        ArgumentException.ThrowIfNullOrEmpty(teamTagKey);

        var rounded = workloads.Select(Round).ToList();
        Validate(rounded);
        commitment = commitment is null
            ? null
            : commitment with { MonthlyNetSavings = Cents(commitment.MonthlyNetSavings) };

        var recommendations = rounded
            .Where(w => w.Recommended is not null)
            .OrderByDescending(w => w.RecommendedSavings)
            .ThenBy(w => w.WorkloadId, StringComparer.Ordinal)
            .ToList();

        return new ReportModel(
            cover,
            Summarize(rounded, recommendations, commitment),
            rounded,
            recommendations,
            commitment,
            spendHistory.Select(s => s with { Cost = Cents(s.Cost) }).ToList(),
            CpuDistribution(rounded),
            teamTagKey,
            ByAccount(cover, rounded),
            ByTeam(rounded, teamTagKey),
            monthOverMonth,
            dataQuality,
            methodology);
    }

    private static decimal Cents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static WorkloadReport Round(WorkloadReport w) => w with
    {
        CurrentMonthlyCost = Cents(w.CurrentMonthlyCost),
        Options = w.Options.Select(o => o with { MonthlyCost = Cents(o.MonthlyCost), Category = HonestCategory(w, o.Family) }).ToList(),
        ComputeOptimizer = w.ComputeOptimizer is { EstimatedMonthlySavingsUsd: { } co } comparison
            ? comparison with { EstimatedMonthlySavingsUsd = Cents(co) }
            : w.ComputeOptimizer,
    };

    /// <summary>
    /// A service already on Fargate that gets another Fargate size is rightsized, and one moved to Fargate Spot is a
    /// move to Spot: neither is a move to Fargate.
    /// </summary>
    internal static SavingsCategory HonestCategory(WorkloadReport workload, OptionFamily family) => family switch
    {
        OptionFamily.Fargate when workload.RunsOnFargate => SavingsCategory.Rightsizing,
        OptionFamily.FargateSpot when workload.RunsOnFargate => SavingsCategory.Spot,
        _ => family.Category(),
    };

    private static void Validate(List<WorkloadReport> workloads)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in workloads)
        {
            if (!ids.Add(w.WorkloadId))
            {
                throw new ArgumentException($"Workload '{w.WorkloadId}' appears twice in the report.", nameof(workloads));
            }

            var recommended = w.Options.Where(o => o.Recommended).ToList();
            if (recommended.Count > 1)
            {
                throw new ArgumentException($"Workload '{w.WorkloadId}' has {recommended.Count} recommended options; at most one is allowed.", nameof(workloads));
            }

            if (recommended.Count == 1 && !recommended[0].Feasible)
            {
                throw new ArgumentException($"Workload '{w.WorkloadId}' recommends an infeasible option.", nameof(workloads));
            }
        }
    }

    private static ExecutiveSummary Summarize(
        List<WorkloadReport> workloads, List<WorkloadReport> recommendations, CommitmentRecommendation? commitment)
    {
        var spend = workloads.Sum(w => w.CurrentMonthlyCost);
        var workloadSavings = recommendations.Sum(w => w.RecommendedSavings);
        var commitmentSavings = commitment?.MonthlyNetSavings ?? 0m;
        var underProvisioned = recommendations.Where(w => w.RecommendedSavings < 0m).ToList();
        // Fleet commitment savings join the per-workload commitment options in the Commitments category.
        var byFamily = ReportedCategories
            .Select(c => new FamilySavings(
                c,
                CategoryTotal(recommendations, c) + (c == SavingsCategory.Commitments ? commitmentSavings : 0m),
                recommendations.Count(w => w.Recommended!.Category == c)))
            .ToList();
        var quickWins = recommendations
            .Where(w => w.Recommended!.Effort <= Effort.Low && w.Recommended.Risk <= Risk.Low && w.RecommendedSavings > 0m)
            .ToList();
        var total = workloadSavings + commitmentSavings;
        var inv = CultureInfo.InvariantCulture;
        var kpis = new List<KpiTile>
        {
            new("Monthly spend analyzed", spend, KpiUnit.Usd, string.Create(inv, $"{workloads.Count:#,0} workloads")),
            new("Savings available", total, KpiUnit.Usd, "per month"),
            new("Savings rate", spend == 0m ? 0m : Math.Round(100m * total / spend, 1, MidpointRounding.AwayFromZero), KpiUnit.Percent, "of monthly spend"),
            new("Annualized savings", 12m * total, KpiUnit.Usd, "12 months at today's usage"),
            new("Recommendations", recommendations.Count, KpiUnit.Count, string.Create(inv, $"of {workloads.Count:#,0} workloads")),
            new("Quick wins", quickWins.Count, KpiUnit.Count, "low effort and low risk"),
        };
        return new ExecutiveSummary(
            spend, workloadSavings, commitmentSavings, -underProvisioned.Sum(w => w.RecommendedSavings), underProvisioned.Count, byFamily, quickWins.Select(w => w.WorkloadId).ToList(), kpis);
    }

    private static decimal CategoryTotal(List<WorkloadReport> recommendations, SavingsCategory category) =>
        recommendations.Where(w => w.Recommended!.Category == category).Sum(w => w.RecommendedSavings);

    private static List<HistogramBucket> CpuDistribution(List<WorkloadReport> workloads)
    {
        var counts = new int[10];
        foreach (var w in workloads)
        {
            if (w.CpuP95Percent is { } cpu)
            {
                counts[Math.Clamp((int)(cpu / 10), 0, 9)]++;
            }
        }

        return counts.Select((c, i) => new HistogramBucket(i * 10, (i + 1) * 10, c)).ToList();
    }

    private static List<BreakdownRow> ByAccount(ReportCover cover, List<WorkloadReport> workloads)
    {
        var names = cover.Accounts.ToDictionary(a => a.AccountId, a => a.Name, StringComparer.Ordinal);
        return Breakdown(workloads, w => w.AccountId, key => names.TryGetValue(key, out var name) ? name : key);
    }

    private static List<BreakdownRow> ByTeam(List<WorkloadReport> workloads, string tagKey) =>
        Breakdown(
            workloads,
            w => w.Tags.TryGetValue(tagKey, out var team) && !string.IsNullOrWhiteSpace(team) ? team : Untagged,
            key => key);

    private static List<BreakdownRow> Breakdown(
        List<WorkloadReport> workloads, Func<WorkloadReport, string> keyOf, Func<string, string> labelOf) =>
        workloads
            .GroupBy(keyOf, StringComparer.Ordinal)
            .Select(g => new BreakdownRow(
                g.Key,
                labelOf(g.Key),
                g.Count(),
                g.Sum(w => w.CurrentMonthlyCost),
                g.Sum(w => w.RecommendedMonthlyCost)))
            .OrderByDescending(r => r.CurrentMonthlyCost)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
}
