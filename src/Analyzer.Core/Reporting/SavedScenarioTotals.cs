namespace Analyzer.Core.Reporting;

/// <summary>One side of a saved what-if in the report's terms: today's monthly cost, the recommended options', the fleet commitment's savings and added commitments' savings.</summary>
public sealed record SavedScenarioTotals(decimal CurrentMonthly, decimal RecommendedMonthly, decimal CommitmentSavings, decimal AddedCommitmentSavings)
{
    /// <summary>Workload savings plus the fleet commitment's and the added commitments'.</summary>
    public decimal TotalSavings => CurrentMonthly - RecommendedMonthly + CommitmentSavings + AddedCommitmentSavings;

    /// <summary>What the fleet costs a month with every recommendation taken.</summary>
    public decimal MonthlyCost => CurrentMonthly - TotalSavings;
}
