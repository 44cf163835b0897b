namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Turns the recommended portfolio into a purchase plan (<see cref="PortfolioPurchasePlan"/>).
/// <list type="bullet">
/// <item>Buy now, per layer: the part today's fleet already justifies in the same scope, that is the smaller of the
/// layer and the same term and payment's portfolio optimized on today's fleet (whole RIs of the layer's size; a Compute
/// plan to AWS's $0.001 step). What the rightsizing removes or moves to another family is never in it.</item>
/// <item>After the rightsizing: the rest of the layer. Savings are on the recommended fleet: a buy-now tranche saves
/// what its layer saves with every layer at its buy-now amount; an after tranche what it adds to the whole
/// portfolio's savings, the tranches bought one layer after another in the layers' order (a layer's own savings can
/// fall when another layer's RI tranche takes usage its buy-now part covered: that loss belongs to the tranche that
/// causes it). So a tranche with nothing to buy saves nothing, and summed over the layers the tranches add up to the
/// portfolio; one layer's pair need not add up to its own savings in the portfolio.</item>
/// <item>Renewal: the same portfolio optimized on what the plans held leave once the lapsing ones are gone, beyond the
/// recommended layers; its savings are the renewed layers' less the recommended ones' on that series.</item>
/// <item>Usage drop: the layers at their full commitment on the recommended fleet scaled down, the plans held applied first.</item>
/// </list>
/// </summary>
public static class PortfolioPurchasePlanner
{
    private const decimal HoursPerYear = 8760m;

    private static readonly int[] DropPercents = [10, 20, 30];

    /// <param name="recommendedLeft">What the plans held leave of the recommended fleet (the series the portfolio was optimized on).</param>
    /// <param name="scaledLeft">The same for the recommended fleet scaled by a factor (0.9: usage dropped 10%).</param>
    /// <param name="today">The same term and payment's portfolio on today's fleet; null: nothing is bought now.</param>
    /// <param name="todayLeft">What the plans held leave of today's fleet.</param>
    /// <param name="renewed">The portfolio optimized without the lapsing plans; null: no renewal.</param>
    /// <param name="renewedLeft">What the plans held leave of the recommended fleet without the lapsing plans.</param>
    public static PortfolioPurchasePlan Plan(
        CommitmentPortfolio portfolio,
        ReservedInstanceOffer reserved,
        SavingsPlanOffer? compute,
        IReadOnlyList<IReadOnlyList<SpendItem>> recommendedLeft,
        Func<decimal, IReadOnlyList<IReadOnlyList<SpendItem>>> scaledLeft,
        CommitmentPortfolio? today,
        IReadOnlyList<IReadOnlyList<SpendItem>>? todayLeft,
        CommitmentPortfolio? renewed,
        IReadOnlyList<IReadOnlyList<SpendItem>>? renewedLeft,
        IReadOnlyList<HeldPlan> lapsing)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(reserved);
        ArgumentNullException.ThrowIfNull(recommendedLeft);
        ArgumentNullException.ThrowIfNull(scaledLeft);
        ArgumentNullException.ThrowIfNull(lapsing);
        var layers = portfolio.Layers;
        var full = layers.Select(l => l.HourlyCommitment).ToArray();
        var now = layers.Select(l => NowHourly(l, today is null ? 0m : Find(today.Layers, l)?.HourlyCommitment ?? 0m)).ToArray();
        // One evaluation on the recommended fleet for every set of tranches: each re-applies only the layers bought more of.
        var recommended = new PortfolioEvaluation(recommendedLeft, layers, reserved, compute);
        var atNow = recommended.Evaluate(now);
        var after = AfterTranches(recommended, full, now, atNow.Sum(o => o.MonthlyNetSavings));
        var nowToday = today is null || todayLeft is null ? 0m : CommitmentPortfolioEvaluator.Evaluate(todayLeft, layers, now, reserved, compute).Sum(o => o.MonthlyNetSavings);

        var drops = DropPercents.Select(d => (Percent: d, Outcomes: CommitmentPortfolioEvaluator.Evaluate(scaledLeft(1m - (d / 100m)), layers, full, reserved, compute))).ToList();
        var (union, renew, renewSavings) = Renewal(portfolio, reserved, compute, renewed, renewedLeft);

        var plans = new List<PortfolioLayerPlan>();
        for (var i = 0; i < union.Count; i++)
        {
            var layer = union[i];
            var ri = layer.Plan == ReservedInstanceOffer.Plan;
            var index = IndexOf(layers, layer);
            var renewal = Tranche(layer, renew[i], renewSavings[i], portfolio, reserved);
            if (index < 0)
            {
                plans.Add(new PortfolioLayerPlan(layer.Plan, layer.Scope, layer.InstanceType, PortfolioTranche.None(ri), PortfolioTranche.None(ri), renewal, []));
                continue;
            }

            plans.Add(new PortfolioLayerPlan(
                layer.Plan, layer.Scope, layer.InstanceType,
                Tranche(layer, now[index], atNow[index].MonthlyNetSavings, portfolio, reserved),
                Tranche(layer, full[index] - now[index], after[index], portfolio, reserved),
                renewal,
                [.. drops.Select(d => new UsageDropRisk(d.Percent, d.Outcomes[index].MonthlyNetSavings, d.Outcomes[index].UtilizationPercent))]));
        }

        var totalHourly = full.Sum();
        var totals = drops.Select(d => new UsageDropRisk(
            d.Percent,
            d.Outcomes.Sum(o => o.MonthlyNetSavings),
            totalHourly > 0 ? d.Outcomes.Sum(o => o.UtilizationPercent * (double)o.HourlyCommitment) / (double)totalHourly : 0)).ToList();
        return new PortfolioPurchasePlan(plans, nowToday, totals, renewed is null ? [] : lapsing);
    }

    // What each layer's after-rightsizing tranche adds to the whole portfolio's savings on the recommended fleet, the
    // tranches bought in the layers' order: the earlier layers at their full amount, the later ones at buy-now.
    private static decimal[] AfterTranches(PortfolioEvaluation recommended, decimal[] full, decimal[] now, decimal nowSavings)
    {
        var after = new decimal[full.Length];
        var bought = now.ToArray();
        var before = nowSavings;
        for (var i = 0; i < full.Length; i++)
        {
            if (full[i] == now[i])
            {
                continue;
            }

            bought[i] = full[i];
            var savings = recommended.Evaluate(bought).Sum(o => o.MonthlyNetSavings);
            after[i] = savings - before;
            before = savings;
        }

        return after;
    }

    // The renewal: per layer of the union of the recommended and the renewed portfolio, what to buy beyond the
    // recommended layer, and what that adds on the series left without the lapsing plans.
    private static (List<PortfolioLayer> Union, decimal[] Renew, decimal[] Savings) Renewal(
        CommitmentPortfolio portfolio, ReservedInstanceOffer reserved, SavingsPlanOffer? compute, CommitmentPortfolio? renewed, IReadOnlyList<IReadOnlyList<SpendItem>>? renewedLeft)
    {
        var union = portfolio.Layers.ToList();
        if (renewed is null || renewedLeft is null)
        {
            return (union, new decimal[union.Count], new decimal[union.Count]);
        }

        union.AddRange(renewed.Layers.Where(l => Find(portfolio.Layers, l) is null));
        union = [.. union.OrderBy(l => l.Plan == ReservedInstanceOffer.Plan ? 0 : 1).ThenBy(l => l.Scope, StringComparer.Ordinal)];
        var before = union.Select(l => Find(portfolio.Layers, l)?.HourlyCommitment ?? 0m).ToArray();
        var renew = union.Select((l, i) =>
        {
            var target = Find(renewed.Layers, l)?.HourlyCommitment ?? 0m;
            var extra = Math.Max(0m, target - before[i]);
            return l.Plan == ReservedInstanceOffer.Plan ? WholeInstances(PerInstance(Find(portfolio.Layers, l) ?? l), extra) : Math.Floor(extra * 1000m) / 1000m;
        }).ToArray();
        var renewal = new PortfolioEvaluation(renewedLeft, union, reserved, compute);
        var with = renewal.Evaluate([.. before.Zip(renew, (b, r) => b + r)]);
        var without = renewal.Evaluate(before);
        return (union, renew, [.. with.Zip(without, (w, o) => w.MonthlyNetSavings - o.MonthlyNetSavings)]);
    }

    // Buy now: the smaller of the layer and what today's fleet justifies in its scope, in whole RIs of the layer's size
    // (or AWS's $0.001 step of a plan).
    private static decimal NowHourly(PortfolioLayer layer, decimal today)
    {
        var now = Math.Min(layer.HourlyCommitment, today);
        return layer.Plan == ReservedInstanceOffer.Plan ? WholeInstances(PerInstance(layer), now) : Math.Floor(now * 1000m) / 1000m;
    }

    private static decimal PerInstance(PortfolioLayer layer) =>
        layer.InstanceCount is > 0 ? layer.HourlyCommitment / layer.InstanceCount.Value : 0m;

    private static decimal WholeInstances(decimal perInstance, decimal hourly) =>
        perInstance > 0 ? Math.Floor((hourly / perInstance) + 0.000001m) * perInstance : 0m;

    private static PortfolioTranche Tranche(PortfolioLayer layer, decimal hourly, decimal savings, CommitmentPortfolio portfolio, ReservedInstanceOffer reserved)
    {
        if (layer.Plan != ReservedInstanceOffer.Plan)
        {
            return new PortfolioTranche(null, hourly, CommitmentAdvisor.Upfront(hourly, portfolio.TermYears, portfolio.Payment), savings);
        }

        var per = PerInstance(layer);
        decimal? upfront = hourly == 0 ? 0m : portfolio.Payment switch
        {
            "no" => 0m,
            "all" when reserved.UpfrontKnown => hourly * HoursPerYear * portfolio.TermYears,
            _ => null,
        };
        return new PortfolioTranche(per > 0 ? (int)Math.Round(hourly / per) : 0, hourly, upfront, savings);
    }

    private static PortfolioLayer? Find(IReadOnlyList<PortfolioLayer> layers, PortfolioLayer layer) =>
        layers.FirstOrDefault(l => l.Plan == layer.Plan && l.Scope == layer.Scope);

    private static int IndexOf(IReadOnlyList<PortfolioLayer> layers, PortfolioLayer layer)
    {
        for (var i = 0; i < layers.Count; i++)
        {
            if (layers[i].Plan == layer.Plan && layers[i].Scope == layer.Scope)
            {
                return i;
            }
        }

        return -1;
    }
}
