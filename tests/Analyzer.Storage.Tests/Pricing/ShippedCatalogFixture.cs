using Analyzer.Core.Pricing;
using Analyzer.Storage.Pricing;

namespace Analyzer.Storage.Tests.Pricing;

/// <summary>The shipped catalog loaded once into an in-memory store, read back as of 2026-11-22.</summary>
public sealed class ShippedCatalogFixture : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    public ShippedCatalogFixture()
    {
        Result = ShippedPriceCatalog.Load(Tables.Connection, new FixedTime(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero)));
        Catalog = PriceCatalogReader.Read(Tables.Connection, Today);
    }

    public PriceTables Tables { get; } = new();

    public PriceLoadResult Result { get; }

    public PriceCatalog Catalog { get; }

    public void Dispose() => Tables.Dispose();
}
