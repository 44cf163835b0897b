namespace Analyzer.Core.Pricing;

/// <summary>
/// AWS Spot Instance Advisor's monthly statistic for one type in one region. It is not a price and no price is
/// ever derived from it; it tells how often Spot capacity of the type was reclaimed.
/// </summary>
/// <param name="SavingsVsOnDemandPercent">AWS's stated average saving of Spot over on-demand.</param>
/// <param name="InterruptionFrequency">The advisor's band: "&lt;5%", "5-10%", "10-15%", "15-20%" or "&gt;20%".</param>
public sealed record SpotAdvisorEntry(
    string Region,
    string InstanceType,
    int SavingsVsOnDemandPercent,
    string InterruptionFrequency,
    PriceSource Source);
