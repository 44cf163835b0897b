using Analyzer.Core.Pricing;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Pricing;

namespace Analyzer.Analysis;

/// <summary>
/// Reads the price catalog as known at the end of the window (newest as_of not after it), for the regions an
/// evaluation prices in, as the rows a <see cref="Core.Rules.PriceBook"/> is built from.
/// </summary>
internal static class PriceBookReader
{
    /// <returns>The rows, and the newest as_of of the EC2 prices (null when the catalog has none).</returns>
    public static (PriceCatalogRows Rows, DateOnly? Ec2AsOf) Read(DuckDbConnection connection, DateOnly notAfter, IReadOnlyCollection<string> regions)
    {
        var catalog = PriceCatalogReader.Read(connection, notAfter, regions);
        DateOnly? asOf = catalog.Ec2Prices.Count == 0 ? null : catalog.Ec2Prices.Max(p => p.Source.AsOf);
        return (PriceCatalogRows.From(catalog), asOf);
    }
}
