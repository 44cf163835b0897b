namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Each workload's part of an advice's recommendation (the portfolio when it saves more, else the best candidate): per
/// layer, its share of the spend the layer's rates cover (for the portfolio's Compute layer, of the spend its RI layers
/// leave), times the layer's commitment and net savings, so the parts add up to the fleet plan. Zero for a workload
/// whose usage no layer can cover. The denominators are summed over the fleet once, here: asking the advice for every
/// workload's share with a fleet sum each time made the analysis grow with the square of the fleet.
/// </summary>
public sealed class CommitmentShareTable
{
    private readonly CommitmentAdvice advice;
    private readonly Dictionary<PortfolioLayer, decimal> layerSpend = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PortfolioLayer, decimal> layerAfterReserved = new(ReferenceEqualityComparer.Instance);
    private readonly decimal bestSpend;

    public CommitmentShareTable(CommitmentAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        this.advice = advice;
        var usages = advice.Recommended.WorkloadMonthly.Values;
        var layers = advice.Portfolio?.Layers ?? [];
        foreach (var layer in layers)
        {
            layerSpend[layer] = usages.Where(v => layer.Keys.Contains(v.Key)).Sum(v => v.MonthlyUsd);
        }

        // After the spend of every layer: what the RI layers leave is each usage's part of its family's RI layer.
        foreach (var layer in layers)
        {
            layerAfterReserved[layer] = usages.Where(v => layer.Keys.Contains(v.Key)).Sum(AfterReserved);
        }

        var ratios = advice.Best?.Result.Offer.RateRatios;
        bestSpend = ratios is null ? 0m : usages.Where(v => ratios.ContainsKey(v.Key)).Sum(v => v.MonthlyUsd);
    }

    public (decimal HourlyCommitment, decimal MonthlyNetSavings) ShareOf(string workloadId)
    {
        if (!advice.Recommended.WorkloadMonthly.TryGetValue(workloadId, out var mine))
        {
            return (0m, 0m);
        }

        if (advice.UsesPortfolio)
        {
            decimal hourly = 0, savings = 0;
            foreach (var layer in advice.Portfolio!.Layers.Where(l => l.Keys.Contains(mine.Key)))
            {
                var (h, s) = layer.Plan == ReservedInstanceOffer.Plan
                    ? Share(mine.MonthlyUsd, layerSpend[layer], layer.HourlyCommitment, layer.MonthlyNetSavings)
                    : Share(AfterReserved(mine), layerAfterReserved[layer], layer.HourlyCommitment, layer.MonthlyNetSavings);
                (hourly, savings) = (hourly + h, savings + s);
            }

            return (hourly, savings);
        }

        return advice.Best is { } best && best.Result.Offer.RateRatios.ContainsKey(mine.Key)
            ? Share(mine.MonthlyUsd, bestSpend, best.HourlyCommitment, best.MonthlyNetSavings)
            : (0m, 0m);
    }

    private static (decimal HourlyCommitment, decimal MonthlyNetSavings) Share(decimal mine, decimal total, decimal hourly, decimal savings) =>
        total <= 0 ? (0m, 0m) : (hourly * mine / total, savings * mine / total);

    // A workload's spend the portfolio's RI layers leave to its Compute plan: its spend less its part (by spend) of what
    // its family's RI layer covers. The Compute layer is shared on this, so RI-covered workloads do not take its savings.
    private decimal AfterReserved((string Key, decimal MonthlyUsd) usage)
    {
        var portfolio = advice.Portfolio!;
        var layer = portfolio.Layers.FirstOrDefault(l => l.Plan == ReservedInstanceOffer.Plan && l.Keys.Contains(usage.Key));
        if (layer is null)
        {
            return usage.MonthlyUsd;
        }

        var family = layerSpend[layer];
        var covered = (decimal)layer.CoveragePercent / 100 * portfolio.MonthlyOnDemand;
        return family <= 0 ? usage.MonthlyUsd : Math.Max(0m, usage.MonthlyUsd - (covered * usage.MonthlyUsd / family));
    }
}
