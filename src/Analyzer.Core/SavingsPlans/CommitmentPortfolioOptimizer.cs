using Analyzer.Core.Options;

namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Optimizes a layered portfolio of one term and payment on what the plans held leave of the fleet: Standard Reserved
/// Instances per family and region (the deepest discount, applied first each hour, like AWS applies RIs before Savings
/// Plans), then a Compute Savings Plan over what they leave. The layers are sized together: the joint maximum of net
/// savings (<see cref="PortfolioSearch"/>) decides how much of each family's base the RIs take, knowing the Compute plan
/// would cover it otherwise; the RIs are then whole instances of the family's smallest size (size flexibility), and the
/// Compute plan is sized exactly on what they leave, at the knee of its curve.
/// <para>
/// RIs take only a family's steady base: a layer's commitment is capped at what its family uses in at least
/// <see cref="SteadyShareOfHours"/> of the hours (after the plans held). Beyond that the arithmetic alone would buy a
/// 3-year RI for usage present 45% of the time (its break-even); a buyer locks a family and region in only for usage
/// that is always there, and leaves the rest to the Compute plan, which follows the work across families and regions.
/// </para>
/// </summary>
public static class CommitmentPortfolioOptimizer
{
    public const string AnyScope = "any region and family";

    /// <summary>The share of hours a family's usage must be present in for RIs to cover it (its steady base).</summary>
    public const decimal SteadyShareOfHours = 0.95m;

    private const decimal HoursPerYear = 8760m;

    /// <param name="fleet">The whole fleet's hourly spend (the basis of coverage).</param>
    /// <param name="afterHeld">What the plans held leave of it: the series the layers cover.</param>
    /// <param name="compute">The Compute plan of the same term and payment; null where the catalog has none.</param>
    public static CommitmentPortfolio Optimize(
        IReadOnlyList<IReadOnlyList<SpendItem>> fleet,
        IReadOnlyList<IReadOnlyList<SpendItem>> afterHeld,
        ReservedInstanceOffer reserved,
        SavingsPlanOffer? compute,
        int curvePoints,
        decimal kneeShare,
        decimal steadyShare = SteadyShareOfHours)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(afterHeld);
        ArgumentNullException.ThrowIfNull(reserved);
        var n = afterHeld.Count;
        var keys = afterHeld.SelectMany(h => h).Where(i => i.OnDemandUsd > 0).Select(i => i.Key).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var groups = keys.Where(k => reserved.RateRatios.GetValueOrDefault(k) > 0 && reserved.EffectiveUsdPerHour.GetValueOrDefault(k) > 0)
            .GroupBy(HeldPlanCoverage.Parse)
            .OrderBy(g => g.Key.Region, StringComparer.Ordinal).ThenBy(g => g.Key.Family, StringComparer.Ordinal)
            .Select(g => (Scope: g.Key, Keys: g.OrderBy(k => reserved.RateRatios[k]).ThenBy(k => k, StringComparer.Ordinal).ToArray()))
            .ToList();
        var computeRatios = compute is null ? null : keys.Select(k => compute.RateRatios.GetValueOrDefault(k)).ToArray();
        var series = new FlatSpendSeries(afterHeld);
        var caps = SteadyBases(series, [.. groups.Select(g => g.Keys)], reserved.RateRatios, steadyShare);
        var search = new PortfolioSearch(afterHeld, keys, [.. groups.Select(g => (g.Keys.Select(k => index[k]).ToArray(), g.Keys.Select(k => reserved.RateRatios[k]).ToArray()))], computeRatios, caps);
        var x = n == 0 ? [] : search.Maximize();
        var maximum = n == 0 ? 0m : (decimal)search.Net(x) * Billing.HoursPerMonth / n;
        WholeInstances(search, groups, reserved, caps, x);

        var total = Total(fleet);
        var layers = new List<PortfolioLayer>();
        // The RI layers cover disjoint families: each takes its cover out of one residual, touching its own items only.
        var residual = series.Spend();
        decimal coveredByLayers = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var (scope, groupKeys) = groups[g];
            var smallest = Smallest(groupKeys, reserved);
            var count = (int)Math.Round((decimal)x[g] / reserved.EffectiveUsdPerHour[smallest]);
            if (count <= 0)
            {
                continue;
            }

            var hourly = count * reserved.EffectiveUsdPerHour[smallest];
            var members = groupKeys.ToHashSet(StringComparer.Ordinal);
            var (covered, used) = new LayerCover(series, reserved.RateRatios, members.Contains).Apply(residual, hourly, []);
            coveredByLayers += covered;
            var net = (covered - (hourly * n)) * Billing.HoursPerMonth / n;
            decimal? upfront = reserved.Payment switch
            {
                "no" => 0m,
                "all" => hourly * HoursPerYear * reserved.TermYears,
                _ => null,
            };
            layers.Add(new PortfolioLayer(
                ReservedInstanceOffer.Plan, $"{scope.Region} {scope.Family}", reserved.TermYears, reserved.Payment, hourly, count, smallest[(smallest.IndexOf('/', StringComparison.Ordinal) + 1)..],
                upfront, net, (double)(used / (hourly * n)) * 100, total > 0 ? (double)(covered / total) * 100 : 0,
                upfront is { } u ? CommitmentAdvisor.BreakEvenMonth(u, net, reserved.TermYears) : null)
            {
                Keys = members,
            });
        }

        var left = layers.Count == 0 ? afterHeld : series.With(residual);
        if (compute is not null && n > 0)
        {
            var result = SavingsPlanOptimizer.Optimize(left, compute, 0m, curvePoints, kneeShare);
            if (result.AdditionalCommitment > 0)
            {
                var rest = Total(left);
                var coverage = (double)((decimal)result.Optimum.CoveragePercent / 100 * rest);
                coveredByLayers += (decimal)coverage;
                var upfront = CommitmentAdvisor.Upfront(result.AdditionalCommitment, compute.TermYears, compute.Payment);
                layers.Add(new PortfolioLayer(
                    HeldCommitments.Compute, AnyScope, compute.TermYears, compute.Payment, result.AdditionalCommitment, null, null, upfront,
                    result.AdditionalMonthlySavings, result.Optimum.UtilizationPercent, total > 0 ? coverage / (double)total * 100 : 0,
                    CommitmentAdvisor.BreakEvenMonth(upfront, result.AdditionalMonthlySavings, compute.TermYears))
                {
                    Keys = compute.RateRatios.Where(r => r.Value > 0).Select(r => r.Key).ToHashSet(StringComparer.Ordinal),
                });
            }
        }

        var withoutRate = n == 0 ? 0m : afterHeld.Sum(h => h.Where(i => reserved.RateRatios.GetValueOrDefault(i.Key) <= 0 && (compute?.RateRatios.GetValueOrDefault(i.Key) ?? 0m) <= 0)
            .Sum(i => i.OnDemandUsd)) * Billing.HoursPerMonth / n;
        var heldCovered = total - Total(afterHeld);
        return new CommitmentPortfolio(
            reserved.TermYears, reserved.Payment, layers, total > 0 ? (double)((heldCovered + coveredByLayers) / total) * 100 : 0,
            fleet.Count == 0 ? 0m : total * Billing.HoursPerMonth / fleet.Count, withoutRate, Math.Max(maximum, layers.Sum(l => l.MonthlyNetSavings)))
        {
            SteadyShare = steadyShare,
            LayersWithoutComputeRate = [.. layers.Where(l => l.Plan == ReservedInstanceOffer.Plan && !l.Keys.Any(k => (compute?.RateRatios.GetValueOrDefault(k) ?? 0m) > 0))],
        };
    }

    // RIs are bought whole: each family's commitment becomes the count of its smallest size (rounded down or up,
    // whichever the search finds better with the others as they are).
    private static void WholeInstances(
        PortfolioSearch search, List<((string Region, string Family) Scope, string[] Keys)> groups, ReservedInstanceOffer reserved, List<decimal> caps, double[] x)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            var rate = (double)reserved.EffectiveUsdPerHour[Smallest(groups[g].Keys, reserved)];
            var down = Math.Floor(x[g] / rate) * rate;
            var up = down + rate <= (double)caps[g] + 1e-9 ? down + rate : down;
            x[g] = down;
            var atDown = search.Net(x);
            x[g] = up;
            x[g] = search.Net(x) > atDown ? up : down;
        }
    }

    // Per layer, the RI-rate spend of the family's keys that is there in at least steadyShare of the hours: the hourly
    // amounts' (1 - steadyShare) quantile, the lower one (the base must be present, not interpolated). A steadyShare of
    // 0 leaves the layers uncapped. Every family's hourly amounts come from one pass over the series, each summed over
    // its items in the hour's order.
    private static List<decimal> SteadyBases(FlatSpendSeries series, string[][] groups, IReadOnlyDictionary<string, decimal> ratios, decimal steadyShare)
    {
        if (steadyShare <= 0 || series.HourCount == 0)
        {
            return [.. groups.Select(_ => decimal.MaxValue)];
        }

        var groupOf = new int[series.Keys.Count];
        Array.Fill(groupOf, -1);
        var keyIndex = series.Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var key in groups[g])
            {
                groupOf[keyIndex[key]] = g;
            }
        }

        var spend = series.Spend();
        var amounts = groups.Select(_ => new decimal[series.HourCount]).ToArray();
        for (var h = 0; h < series.HourCount; h++)
        {
            for (var at = series.Start(h); at < series.Start(h + 1); at++)
            {
                var k = series.KeyOf(at);
                if (groupOf[k] >= 0)
                {
                    amounts[groupOf[k]][h] += spend[at] * ratios[series.Keys[k]];
                }
            }
        }

        var index = (int)Math.Floor((1 - steadyShare) * series.HourCount);
        return [.. amounts.Select(a => a.Order().ToArray()[Math.Min(index, a.Length - 1)])];
    }

    private static string Smallest(string[] keys, ReservedInstanceOffer reserved) =>
        keys.OrderBy(k => reserved.EffectiveUsdPerHour[k]).ThenBy(k => k, StringComparer.Ordinal).First();

    private static decimal Total(IReadOnlyList<IReadOnlyList<SpendItem>> hours) => hours.Sum(h => h.Sum(i => i.OnDemandUsd));
}
