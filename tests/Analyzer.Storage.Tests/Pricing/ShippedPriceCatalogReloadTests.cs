using Analyzer.Storage.Pricing;

namespace Analyzer.Storage.Tests.Pricing;

public sealed class ShippedPriceCatalogReloadTests
{
    private static readonly FixedTime Time = new(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Load_Twice_ReplacesInsteadOfDuplicating()
    {
        using var tables = new PriceTables();
        ShippedPriceCatalog.Load(tables.Connection, Time);

        ShippedPriceCatalog.Load(tables.Connection, Time);

        Assert.Equal((19630L, 44515L, 9L), (tables.Count("prices_ec2"), tables.Count("prices_commitment"), tables.Count("price_catalog_versions")));
    }

    [Fact]
    public void Load_FromMissingDirectory_SaysWhereItLooked()
    {
        using var tables = new PriceTables();

        var error = Assert.Throws<PriceCatalogMissingException>(() => ShippedPriceCatalog.Load(tables.Connection, Time, "/nonexistent/pricing"));

        Assert.StartsWith("The shipped price catalog is not at /nonexistent/pricing", error.Message, StringComparison.Ordinal);
    }
}
