using Analyzer.Core.Rules;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Pricing;

namespace Analyzer.Analysis;

/// <summary>Reads the price catalog as known at the end of the window (newest as_of not after it) into a <see cref="PriceBook"/>.</summary>
internal static class PriceBookReader
{
    public static (PriceBook Book, DateOnly? Ec2AsOf) Read(DuckDbConnection connection, DateOnly notAfter)
    {
        var catalog = PriceCatalogReader.Read(connection, notAfter);
        var book = new PriceBook(
            catalog.InstanceSpecs,
            catalog.Ec2Prices,
            catalog.CommitmentRates,
            catalog.FargateRates,
            catalog.LambdaRates,
            catalog.SpotAdvisorEntries.Select(e => new SpotAdvice(e.Region, e.InstanceType, e.SavingsVsOnDemandPercent, e.InterruptionFrequency)));
        DateOnly? asOf = catalog.Ec2Prices.Count == 0 ? null : catalog.Ec2Prices.Max(p => p.Source.AsOf);
        return (book, asOf);
    }
}
