namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// How one layer of the recommended portfolio is bought: now (what today's fleet already justifies in the layer's scope
/// and the rightsizing will not remove), after the rightsizing lands (the rest), and when held plans lapse (the renewal);
/// and what the layer does if usage drops.
/// </summary>
/// <param name="Plan">"ri-standard" or "compute".</param>
/// <param name="Scope">"us-east-1 m6g", or "any region and family".</param>
/// <param name="InstanceType">RIs: the size they are counted in; null for a plan.</param>
/// <param name="Now">Buy now; its savings are on the recommended fleet, like the portfolio's.</param>
/// <param name="AfterRightsizing">Buy once the recommended fleet runs: the layer less what is bought now.</param>
/// <param name="Renewal">Buy as the held plans lapse, beyond the layer (a layer only the renewal needs has no other tranche).</param>
/// <param name="Drops">The whole layer's net savings and utilization if usage dropped 10, 20 and 30%; empty for a renewal-only layer.</param>
public sealed record PortfolioLayerPlan(
    string Plan,
    string Scope,
    string? InstanceType,
    PortfolioTranche Now,
    PortfolioTranche AfterRightsizing,
    PortfolioTranche Renewal,
    IReadOnlyList<UsageDropRisk> Drops)
{
    /// <summary>The layer's commitment in the portfolio (now and after the rightsizing).</summary>
    public decimal HourlyCommitment => Now.HourlyCommitment + AfterRightsizing.HourlyCommitment;
}
