using Analyzer.Core.Rules;

namespace Analyzer.Core.Pricing;

/// <summary>
/// The price rows one analysis prices with, before they are indexed into a <see cref="PriceBook"/>: a what-if scales
/// them here, so every rule that reads a price sees the scaled one.
/// </summary>
public sealed record PriceCatalogRows(
    IReadOnlyList<InstanceSpec> InstanceSpecs,
    IReadOnlyList<Ec2Price> Ec2Prices,
    IReadOnlyList<CommitmentRate> CommitmentRates,
    IReadOnlyList<FargateRate> FargateRates,
    IReadOnlyList<LambdaRate> LambdaRates,
    IReadOnlyList<SpotAdvice> SpotAdvice)
{
    /// <summary>The rows of a catalog as read from the store.</summary>
    public static PriceCatalogRows From(PriceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new(
            catalog.InstanceSpecs,
            catalog.Ec2Prices,
            catalog.CommitmentRates,
            catalog.FargateRates,
            catalog.LambdaRates,
            [.. catalog.SpotAdvisorEntries.Select(e => new SpotAdvice(e.Region, e.InstanceType, e.SavingsVsOnDemandPercent, e.InterruptionFrequency))]);
    }

    public PriceBook ToBook() => new(InstanceSpecs, Ec2Prices, CommitmentRates, FargateRates, LambdaRates, SpotAdvice);
}
