namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// One plan, term and payment as a buyer weighs it, on the recommended fleet beyond the plans held: what to commit,
/// what it costs upfront, what it saves, when it pays back, what happens if usage drops, and how much of it is safe
/// to buy before the rightsizing lands.
/// </summary>
/// <param name="Result">The optimizer's result (the recommended commitment is the knee of its curve).</param>
/// <param name="UpfrontUsd">Paid at purchase: the whole term's commitment for All Upfront, half for Partial, 0 for No Upfront.</param>
/// <param name="BreakEvenMonth">The month in which the cumulative savings first repay the upfront (1 without upfront); null when it never does within the term.</param>
/// <param name="Drops">Net savings and utilization if usage dropped 10, 20 and 30%.</param>
/// <param name="BuyNowHourly">The part that also pays on the fleet as it runs today: safe to buy before the rightsizing lands.</param>
/// <param name="AfterRightsizingHourly">The rest, to buy once the recommended fleet runs.</param>
public sealed record CommitmentCandidate(
    SavingsPlanResult Result,
    decimal UpfrontUsd,
    int? BreakEvenMonth,
    IReadOnlyList<UsageDropRisk> Drops,
    decimal BuyNowHourly,
    decimal AfterRightsizingHourly)
{
    public string Label => Result.Offer.Label;

    public decimal HourlyCommitment => Result.AdditionalCommitment;

    public decimal MonthlyNetSavings => Result.AdditionalMonthlySavings;
}
