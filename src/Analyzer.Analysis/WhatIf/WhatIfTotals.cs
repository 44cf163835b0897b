namespace Analyzer.Analysis.WhatIf;

/// <summary>
/// One side of a what-if in the report's own terms, money in cents as the report rounds it: today's monthly cost,
/// what the recommended options cost, the fleet commitment's net savings, and what commitments the scenario added save.
/// </summary>
public sealed record WhatIfTotals(int Workloads, decimal CurrentMonthly, decimal RecommendedMonthly, decimal CommitmentSavings, decimal AddedCommitmentSavings)
{
    /// <summary>What the workloads' own recommendations save (negative where fixing under-provisioning costs more).</summary>
    public decimal WorkloadSavings => CurrentMonthly - RecommendedMonthly;

    /// <summary>The report's headline: workload savings plus the fleet commitment's, plus what added commitments save.</summary>
    public decimal TotalSavings => WorkloadSavings + CommitmentSavings + AddedCommitmentSavings;

    /// <summary>What the fleet costs a month with every recommendation taken.</summary>
    public decimal MonthlyCost => CurrentMonthly - TotalSavings;

    /// <summary>
    /// Money as the report shows it: stored to 6 decimals (as the run's tables hold it), then rounded to cents, so a
    /// value computed in memory rounds exactly as the same value read back from a run.
    /// </summary>
    public static decimal Cents(decimal value) =>
        Math.Round(Math.Round(value, 6, MidpointRounding.AwayFromZero), 2, MidpointRounding.AwayFromZero);

    /// <summary>The totals of workload lines: today's cost and the chosen option's (today's where kept), rounded per row.</summary>
    public static WhatIfTotals Of(IEnumerable<(decimal? Current, string Family, decimal? Chosen)> rows, decimal commitmentSavings, decimal addedSavings)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int count = 0;
        decimal current = 0m, recommended = 0m;
        foreach (var (now, family, chosen) in rows)
        {
            count++;
            var today = Cents(now ?? 0m);
            current += today;
            recommended += family != "current" && chosen is { } c ? Cents(c) : today;
        }

        return new WhatIfTotals(count, current, recommended, Cents(commitmentSavings), Cents(addedSavings));
    }
}
