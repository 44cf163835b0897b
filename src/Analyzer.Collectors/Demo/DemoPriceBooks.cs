using Analyzer.Core.Pricing;

namespace Analyzer.Collectors.Demo;

/// <summary>Builds the demo's price book from the price catalog, so the demo bills at the same real prices the engine uses.</summary>
public static class DemoPriceBooks
{
    public static DemoPriceBook From(PriceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var specs = DemoOrganization.InstanceTypes.Select(type => catalog.Spec(type).GetOrThrow()).ToArray();
        return new DemoPriceBook(
            specs,
            (region, type) => catalog.OnDemand(region, type) is { Found: true } lookup ? lookup.Price.UsdPerHour : null,
            catalog.FargateRates,
            catalog.LambdaRates);
    }
}
