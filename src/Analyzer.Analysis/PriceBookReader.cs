using Analyzer.Core.Pricing;
using Analyzer.Core.Rules;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Pricing;

namespace Analyzer.Analysis;

/// <summary>Reads the price catalog as known at the end of the window (newest as_of not after it) into a <see cref="PriceBook"/>.</summary>
internal static class PriceBookReader
{
    /// <param name="vary">Changes the rows before they are indexed (a what-if's price scaling); null keeps them.</param>
    public static (PriceBook Book, DateOnly? Ec2AsOf) Read(DuckDbConnection connection, DateOnly notAfter, Func<PriceCatalogRows, PriceCatalogRows>? vary = null)
    {
        var catalog = PriceCatalogReader.Read(connection, notAfter);
        var rows = PriceCatalogRows.From(catalog);
        if (vary is not null)
        {
            rows = vary(rows);
        }

        DateOnly? asOf = catalog.Ec2Prices.Count == 0 ? null : catalog.Ec2Prices.Max(p => p.Source.AsOf);
        return (rows.ToBook(), asOf);
    }
}
