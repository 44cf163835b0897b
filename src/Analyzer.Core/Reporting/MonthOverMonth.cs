using Analyzer.Core.Time;

namespace Analyzer.Core.Reporting;

/// <summary>What changed since an earlier run; absent from the model when no earlier run exists.</summary>
/// <param name="SavingsRealized">Monthly savings of resolved recommendations that were acted on.</param>
/// <param name="PreviousSavingsAvailable">Total monthly savings the earlier run reported.</param>
/// <param name="PreviousMonthlySpend">Monthly spend the earlier run analyzed.</param>
public sealed record MonthOverMonth(
    string PreviousRunId,
    Period PreviousPeriod,
    decimal PreviousMonthlySpend,
    decimal PreviousSavingsAvailable,
    decimal SavingsRealized,
    IReadOnlyList<RecommendationChange> NewRecommendations,
    IReadOnlyList<RecommendationChange> ResolvedRecommendations);
