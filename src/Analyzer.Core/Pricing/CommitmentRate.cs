namespace Analyzer.Core.Pricing;

/// <summary>
/// The effective hourly rate of one instance type under a commitment: a Savings Plan ("compute",
/// "ec2instance") or a Reserved Instance ("ri-standard", "ri-convertible").
/// </summary>
/// <param name="Payment">"no", "partial" or "all" upfront.</param>
/// <param name="EffectiveUsdPerHour">Hourly fee plus the upfront share spread over the term.</param>
/// <param name="UpfrontUsd">The upfront fee where the source gives it separately; null otherwise.</param>
public sealed record CommitmentRate(
    string Region,
    string InstanceType,
    string Plan,
    int TermYears,
    string Payment,
    decimal EffectiveUsdPerHour,
    decimal? UpfrontUsd,
    PriceSource Source);
