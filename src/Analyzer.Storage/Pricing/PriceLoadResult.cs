namespace Analyzer.Storage.Pricing;

/// <summary>Rows one price load wrote, per table. A load replaces rows of the same source, date and region.</summary>
public sealed record PriceLoadResult(
    long Ec2Prices,
    long CommitmentRates,
    long FargateRates,
    long LambdaRates,
    long SpotAdvisorEntries,
    long InstanceTypes)
{
    public long Total => Ec2Prices + CommitmentRates + FargateRates + LambdaRates + SpotAdvisorEntries + InstanceTypes;
}
