namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Held plans that lapse within the horizon, and what to buy when they do: the additional commitment the best offer
/// would recommend without them, beyond what it recommends now.
/// </summary>
/// <param name="Lapsing">The plans held that end within the horizon, first to end first.</param>
/// <param name="OfferLabel">The offer the renewal is sized on (the recommended one).</param>
/// <param name="RenewHourly">Commitment to buy as they lapse, USD per hour, beyond the recommendation.</param>
/// <param name="MonthlyNetSavings">What that renewal keeps saving per month once they have lapsed.</param>
public sealed record CommitmentRenewal(IReadOnlyList<HeldPlan> Lapsing, string OfferLabel, decimal RenewHourly, decimal MonthlyNetSavings)
{
    public decimal LapsingHourly => Lapsing.Sum(p => p.HourlyCommitment);

    public DateTime? FirstEnd => Lapsing.Min(p => p.EndsAt);
}
