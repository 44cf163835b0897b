namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// One plan type, term and payment option, with its rate ratio (plan rate / on-demand rate) per usage key.
/// Usage whose key has no ratio cannot be covered by this plan.
/// </summary>
/// <param name="Plan">"compute" or "ec2instance".</param>
public sealed record SavingsPlanOffer(string Plan, int TermYears, string Payment, IReadOnlyDictionary<string, decimal> RateRatios)
{
    public string Label => $"{Plan}:{TermYears}y:{Payment}";
}
