using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Settings;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>
/// Builds the fleet's hourly on-demand-equivalent spend twice, as it runs today (each workload's current option) and as
/// recommended (its chosen option), for every usage a Compute Savings Plan covers: EC2 (instances, Auto Scaling groups
/// and the hosts of ECS services on EC2), Fargate and Lambda, each keyed to its own plan rate. Then
/// <see cref="CommitmentAdvisor"/> optimizes every plan, term and payment the catalog has rates for, beyond the plans
/// held, and a layered portfolio (Standard RIs per family and region, then the Compute plan) per term and payment with
/// RI rates. Usage whose key has no rate in the catalog stays on demand (each result's MonthlyWithoutRate).
/// </summary>
internal static class FleetSavingsPlans
{
    private static readonly string[] Plans = [HeldCommitments.Compute, HeldCommitments.Ec2Instance];

    public static CommitmentAdvice Advise(
        DuckDbConnection connection,
        Period window,
        IReadOnlyList<WorkloadEvaluation> evaluations,
        IReadOnlyDictionary<string, Workload> workloads,
        IReadOnlyDictionary<string, DemandProfile> profiles,
        PriceBook prices,
        AnalysisSettings settings,
        HeldCommitments held)
    {
        var recommended = new List<FleetUsage>();
        var current = new List<FleetUsage>();
        foreach (var evaluation in evaluations)
        {
            var workload = workloads[evaluation.WorkloadId];
            if (FleetUsageRule.For(workload, evaluation.Recommendation.Chosen, prices) is { } chosen)
            {
                recommended.Add(chosen with { Hourly = OwnHourlyUnits(evaluation.Recommendation.Chosen, profiles.GetValueOrDefault(workload.WorkloadId), window) });
            }

            if (evaluation.Options.FirstOrDefault(o => o.Family == OptionFamily.Current) is { } now && FleetUsageRule.For(workload, now, prices) is { } today)
            {
                current.Add(today);
            }
        }

        var hourCount = (int)Math.Ceiling(window.Hours);
        var demand = HourlyDemand(connection, window);
        var recommendedSpend = FleetSpendSeries.Build(hourCount, recommended, demand);
        var currentSpend = FleetSpendSeries.Build(hourCount, current, demand);
        var usage = recommended.Concat(current).Select(u => (u.Key, u.UsdPerUnitHour)).ToList();
        return CommitmentAdvisor.Advise(
            recommendedSpend, currentSpend, Offers(prices, usage), held, settings.SavingsPlanCurvePoints, settings.SavingsPlanKneeShare, window.End, Reserved(prices, usage));
    }

    // The chosen option's whole units hour by hour, keyed by the hour's index in the window.
    private static List<(int Hour, int Units)>? OwnHourlyUnits(OptionResult option, DemandProfile? profile, Period window) =>
        OptionHours.Of(option, profile) is { } hours ? [.. hours.Select(h => ((int)Math.Floor((h.Hour - window.Start).TotalHours), h.Units))] : null;

    // The one read of hourly demand (queries/analysis/savings/fleet_hourly_demand.sql): the current fleet follows it,
    // and options without their own hourly units (Lambda, single instances) are spread over it.
    private static List<FleetDemandHour> HourlyDemand(DuckDbConnection connection, Period window)
    {
        var demand = new List<FleetDemandHour>();
        using var reader = connection.ExecuteReader(Queries.Get(Queries.FleetHourlyDemand), new Dictionary<string, object?>
        {
            ["window_start"] = window.Start,
            ["window_end"] = window.End,
        });
        var id = reader.GetOrdinal("workload_id");
        var hour = reader.GetOrdinal("hour_index");
        var weight = reader.GetOrdinal("weight");
        while (reader.Read())
        {
            demand.Add(new FleetDemandHour(reader.GetString(id), reader.GetInt32(hour), Convert.ToDouble(reader.GetValue(weight), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return demand;
    }

    // One offer per plan, term and payment, with the rate ratio (plan rate / on-demand rate) of every usage key the
    // catalog has a rate for. Keys: "region/instance type", "region/fargate:arch", "region/lambda:arch".
    private static List<SavingsPlanOffer> Offers(PriceBook prices, IEnumerable<(string Key, decimal Price)> usage)
    {
        var offers = new List<SavingsPlanOffer>();
        foreach (var group in usage.DistinctBy(u => u.Key)
            .SelectMany(k => Rates(prices, k.Key).Select(r => (k.Key, k.Price, Rate: r)))
            .Where(x => Plans.Contains(x.Rate.Plan))
            .GroupBy(x => (x.Rate.Plan, x.Rate.TermYears, x.Rate.Payment))
            .OrderBy(g => g.Key.Plan, StringComparer.Ordinal).ThenBy(g => g.Key.TermYears).ThenBy(g => g.Key.Payment, StringComparer.Ordinal))
        {
            var ratios = group.Where(x => x.Price > 0).ToDictionary(x => x.Key, x => x.Rate.EffectiveUsdPerHour / x.Price, StringComparer.Ordinal);
            offers.Add(new SavingsPlanOffer(group.Key.Plan, group.Key.TermYears, group.Key.Payment, ratios));
        }

        return offers;
    }

    // One Standard RI offer per term and payment, with the rate ratio and effective rate of every instance type the
    // catalog has an RI rate for. Partial Upfront's upfront fee is not in the shipped catalog (only its effective rate).
    private static List<ReservedInstanceOffer> Reserved(PriceBook prices, IEnumerable<(string Key, decimal Price)> usage) =>
        [.. usage.DistinctBy(u => u.Key).Where(u => u.Price > 0)
            .SelectMany(k => Rates(prices, k.Key).Where(r => r.Plan == ReservedInstanceOffer.Plan && r.EffectiveUsdPerHour > 0).Select(r => (k.Key, k.Price, Rate: r)))
            .GroupBy(x => (x.Rate.TermYears, x.Rate.Payment))
            .OrderBy(g => g.Key.TermYears).ThenBy(g => g.Key.Payment, StringComparer.Ordinal)
            .Select(g =>
            {
                var rates = g.DistinctBy(x => x.Key).ToList();
                return new ReservedInstanceOffer(
                    g.Key.TermYears, g.Key.Payment, rates.ToDictionary(x => x.Key, x => x.Rate.EffectiveUsdPerHour / x.Price, StringComparer.Ordinal),
                    rates.ToDictionary(x => x.Key, x => x.Rate.EffectiveUsdPerHour, StringComparer.Ordinal), g.Key.Payment != "partial");
            })];

    private static IEnumerable<Core.Pricing.CommitmentRate> Rates(PriceBook prices, string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return prices.Commitments(key[..slash], key[(slash + 1)..]);
    }
}
