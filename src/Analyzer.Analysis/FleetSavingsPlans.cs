using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>
/// Builds the recommended fleet's hourly on-demand-equivalent EC2 spend (the chosen instance type's price x the
/// units running each hour) and runs the Savings Plan optimizer for every plan, term and payment with rates, beyond the
/// plans held (<see cref="FleetCommitmentPlanner"/>).
/// Fargate and Lambda usage is left out: the catalog has no Savings Plan rates for them.
/// </summary>
internal static class FleetSavingsPlans
{
    private static readonly string[] Plans = ["compute", "ec2instance"];

    public static FleetCommitmentPlan Optimize(
        DuckDbConnection connection,
        Period window,
        IReadOnlyList<WorkloadEvaluation> evaluations,
        IReadOnlyDictionary<string, Workload> workloads,
        PriceBook prices,
        int curvePoints,
        HeldCommitments held)
    {
        // What each workload would run on-demand after the recommendation: key and hourly price per unit.
        var fleet = new Dictionary<string, (string Key, decimal Price)>(StringComparer.Ordinal);
        foreach (var evaluation in evaluations)
        {
            var chosen = evaluation.Recommendation.Chosen;
            var workload = workloads[evaluation.WorkloadId];
            if (chosen.Family is not (OptionFamily.Current or OptionFamily.Ec2Rightsized or OptionFamily.Graviton)
                || chosen.Target?.InstanceType is not { } type
                || workload.PurchaseOption == "spot"
                || prices.Ec2(workload.Region, type, "on-demand") is not { } price)
            {
                continue;
            }

            fleet[workload.WorkloadId] = ($"{workload.Region}/{type}", price);
        }

        // Spend summed per key and hour: the optimizer's work grows with keys per hour, not workloads.
        var hourCount = (int)Math.Ceiling(window.Hours);
        var spend = new Dictionary<string, decimal>[hourCount];
        for (var h = 0; h < hourCount; h++)
        {
            spend[h] = new Dictionary<string, decimal>(StringComparer.Ordinal);
        }

        using (var reader = connection.ExecuteReader(Queries.Get(Queries.HourlyUnits), new Dictionary<string, object?>
        {
            ["window_start"] = window.Start,
            ["window_end"] = window.End,
        }))
        {
            while (reader.Read())
            {
                var hour = reader.GetInt32(1);
                if (fleet.TryGetValue(reader.GetString(0), out var item) && hour >= 0 && hour < hourCount)
                {
                    spend[hour][item.Key] = spend[hour].GetValueOrDefault(item.Key) + (item.Price * (decimal)reader.GetDouble(2));
                }
            }
        }

        var hours = spend.Select(h => (IReadOnlyList<SpendItem>)[.. h.Select(p => new SpendItem(p.Key, p.Value))]).ToArray();
        var keys = fleet.Values.DistinctBy(v => v.Key).ToArray();
        var offers = new List<SavingsPlanOffer>();
        foreach (var group in keys
            .SelectMany(k => Rates(prices, k.Key).Select(r => (k.Key, k.Price, Rate: r)))
            .Where(x => Plans.Contains(x.Rate.Plan))
            .GroupBy(x => (x.Rate.Plan, x.Rate.TermYears, x.Rate.Payment))
            .OrderBy(g => g.Key.Plan, StringComparer.Ordinal).ThenBy(g => g.Key.TermYears).ThenBy(g => g.Key.Payment, StringComparer.Ordinal))
        {
            var ratios = group.Where(x => x.Price > 0).ToDictionary(x => x.Key, x => x.Rate.EffectiveUsdPerHour / x.Price, StringComparer.Ordinal);
            offers.Add(new SavingsPlanOffer(group.Key.Plan, group.Key.TermYears, group.Key.Payment, ratios));
        }

        return FleetCommitmentPlanner.Plan(hours, offers, held, curvePoints);
    }

    private static IEnumerable<Core.Pricing.CommitmentRate> Rates(PriceBook prices, string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return prices.Commitments(key[..slash], key[(slash + 1)..]);
    }
}
