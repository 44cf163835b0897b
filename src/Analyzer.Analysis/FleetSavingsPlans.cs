using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Settings;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

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

    /// <summary>
    /// What one workload adds to the two series: its recommended option's usage (with the option's own whole units hour
    /// by hour where the engine sized them so) and its current option's; null where the option is not coverable.
    /// </summary>
    public static (FleetUsage? Recommended, FleetUsage? Current) Usage(WorkloadEvaluation evaluation, Workload workload, DemandProfile? profile, PriceBook prices, Period window)
    {
        var recommended = FleetUsageRule.For(workload, evaluation.Recommendation.Chosen, prices, profile) is { } chosen
            ? chosen with { Hourly = OwnHourlyUnits(evaluation.Recommendation.Chosen, profile, window) }
            : null;
        var current = evaluation.Options.FirstOrDefault(o => o.Family == OptionFamily.Current) is { } now ? FleetUsageRule.For(workload, now, prices, profile) : null;
        return (recommended, current);
    }

    /// <param name="recommendedSpend">The recommended fleet's series (<see cref="Usage"/> of every workload, built with <see cref="FleetSpendBuilder"/>).</param>
    /// <param name="currentSpend">
    /// Today's fleet's series; null to size only the recommended fleet's commitment (a what-if prints nothing else): no
    /// buy-now split, no usage-drop risks and no renewal; the best candidate, its shares and the plan are the same.
    /// </param>
    /// <param name="usage">Every usage key of both series with its on-demand rate, which the offers' rate ratios are taken against.</param>
    public static CommitmentAdvice Advise(
        Period window,
        FleetSpend recommendedSpend,
        FleetSpend? currentSpend,
        IEnumerable<(string Key, decimal Price)> usage,
        PriceBook prices,
        AnalysisSettings settings,
        HeldCommitments held)
    {
        var keys = usage.ToList();
        var offers = Offers(prices, keys);
        if (currentSpend is null)
        {
            return CommitmentAdvisor.AdviseRecommended(recommendedSpend, offers, held, settings.SavingsPlanCurvePoints, settings.SavingsPlanKneeShare, Reserved(prices, keys), settings.ReservedInstanceSteadyShare);
        }

        return CommitmentAdvisor.Advise(
            recommendedSpend, currentSpend, offers, held, settings.SavingsPlanCurvePoints, settings.SavingsPlanKneeShare, window.End, Reserved(prices, keys), settings.ReservedInstanceSteadyShare);
    }

    // The chosen option's whole units hour by hour, keyed by the hour's index in the window.
    private static List<(int Hour, int Units)>? OwnHourlyUnits(OptionResult option, DemandProfile? profile, Period window) =>
        OptionHours.Of(option, profile) is { } series ? [.. series.Hours.Select((h, i) => ((int)Math.Floor((h - window.Start).TotalHours), series.Units[i]))] : null;

    // One offer per plan, term and payment, with the rate ratio (plan rate / on-demand rate) of every usage key the
    // catalog has a rate for. Keys: "region/instance type", "region/fargate:arch", "region/lambda:arch".
    internal static List<SavingsPlanOffer> Offers(PriceBook prices, IEnumerable<(string Key, decimal Price)> usage)
    {
        var offers = new List<SavingsPlanOffer>();
        foreach (var group in usage.DistinctBy(u => u.Key)
            .SelectMany(k => Rates(prices, k.Key).Select(r => (k.Key, k.Price, Rate: r)))
            .Where(x => Plans.Contains(x.Rate.Plan))
            .GroupBy(x => (x.Rate.Plan, x.Rate.TermYears, x.Rate.Payment))
            .OrderBy(g => g.Key.Plan, StringComparer.Ordinal).ThenBy(g => g.Key.TermYears).ThenBy(g => g.Key.Payment, StringComparer.Ordinal))
        {
            var ratios = group.Select(x => (x.Key, x.Rate, Basis: Basis(prices, x.Key, x.Price))).Where(x => x.Basis > 0)
                .ToDictionary(x => x.Key, x => x.Rate.EffectiveUsdPerHour / x.Basis!.Value, StringComparer.Ordinal);
            offers.Add(new SavingsPlanOffer(group.Key.Plan, group.Key.TermYears, group.Key.Payment, ratios));
        }

        return offers;
    }

    // The on-demand rate a key's plan rate in the catalog is stated against: the instance-hour for EC2 (the usage's own
    // rate), the vCPU-hour for Fargate (plans discount vCPU and GB-hours alike), and for Lambda the GB-hour of duration
    // (3,600 x the first tier's GB-second rate; the series holds only Lambda's duration charges, as the plan does not
    // discount requests: FleetUsageRule leaves them on demand). Null: no on-demand rate to compare with.
    private static decimal? Basis(PriceBook prices, string key, decimal usagePrice)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var (region, what) = (key[..slash], key[(slash + 1)..]);
        if (what.StartsWith("fargate:", StringComparison.Ordinal))
        {
            return prices.Fargate(region, what["fargate:".Length..], "on-demand")?.UsdPerVcpuHour;
        }

        if (what.StartsWith("lambda:", StringComparison.Ordinal))
        {
            return prices.Lambda(region, what["lambda:".Length..]).OrderBy(t => t.TierGbSecondsFrom).FirstOrDefault()?.UsdPerGbSecond * 3600m;
        }

        return usagePrice;
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
