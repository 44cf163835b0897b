namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Standard Reserved Instances of one term and payment option: per usage key ("us-east-1/m5.large") the rate ratio
/// (effective RI rate / on-demand rate) and the effective USD per instance-hour. Regional Linux RIs are size-flexible
/// within their family and region, so a family's RIs are one pool (a layer) that covers any size of it.
/// </summary>
/// <param name="EffectiveUsdPerHour">The hourly fee plus the upfront spread over the term, per instance of the key's type.</param>
/// <param name="UpfrontKnown">
/// False for Partial Upfront: the catalog's source gives only the effective rate, not the upfront fee, so the upfront
/// and break-even are not stated (never estimated). No Upfront has none; All Upfront is the whole effective rate prepaid.
/// </param>
public sealed record ReservedInstanceOffer(
    int TermYears,
    string Payment,
    IReadOnlyDictionary<string, decimal> RateRatios,
    IReadOnlyDictionary<string, decimal> EffectiveUsdPerHour,
    bool UpfrontKnown)
{
    public const string Plan = "ri-standard";

    public string Label => $"{Plan}:{TermYears}y:{Payment}";
}
