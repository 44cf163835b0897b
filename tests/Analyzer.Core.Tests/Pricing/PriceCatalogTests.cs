using Analyzer.Core.Pricing;

namespace Analyzer.Core.Tests.Pricing;

public sealed class PriceCatalogTests
{
    private static readonly PriceSource Feb = new("test:feb", new DateOnly(2026, 2, 17));
    private static readonly PriceSource Sep = new("test:sep", new DateOnly(2026, 9, 24));

    private static PriceCatalog Catalog() => PriceCatalog.Create(
        ec2Prices:
        [
            new Ec2Price("us-east-1", "m5.large", PriceTerms.OnDemand, 0.096m, Feb),
            new Ec2Price("us-east-1", "m5.large", PriceTerms.OnDemand, 0.099m, Sep),
            new Ec2Price("eu-west-1", "m5.large", PriceTerms.OnDemand, 0.107m, Feb),
            new Ec2Price("us-east-1", "m5.large", PriceTerms.Spot, 0.035m, Feb),
        ],
        commitmentRates:
        [
            new CommitmentRate("us-east-1", "m5.large", PriceTerms.ComputeSavingsPlan, 1, PriceTerms.NoUpfront, 0.071m, null, Sep),
        ],
        fargateRates:
        [
            new FargateRate("us-east-1", PriceTerms.X86, PriceTerms.OnDemand, 0.04048m, 0.004445m, 0.000111m, Feb),
        ],
        lambdaRates:
        [
            new LambdaRate("us-east-1", PriceTerms.X86, 0m, 0.0000166667m, 0.2m, Feb),
            new LambdaRate("us-east-1", PriceTerms.X86, 6_000_000_000m, 0.000015m, 0.2m, Feb),
        ]);

    [Fact]
    public void OnDemand_WhenSeveralDatesHeld_ReturnsNewest()
    {
        var price = Catalog().OnDemand("us-east-1", "m5.large").GetOrThrow();

        Assert.Equal(0.099m, price.UsdPerHour);
    }

    [Fact]
    public void NotAfter_BeforeNewestDate_ReturnsPriceKnownThen()
    {
        var price = Catalog().NotAfter(new DateOnly(2026, 9, 23)).OnDemand("us-east-1", "m5.large").GetOrThrow();

        Assert.Equal(0.096m, price.UsdPerHour);
        Assert.Equal(new DateOnly(2026, 2, 17), price.Source.AsOf);
    }

    [Fact]
    public void NotAfter_OnTheNewestDate_KeepsIt()
    {
        var price = Catalog().NotAfter(new DateOnly(2026, 9, 24)).OnDemand("us-east-1", "m5.large").GetOrThrow();

        Assert.Equal(0.099m, price.UsdPerHour);
    }

    [Fact]
    public void OnDemand_WhenRegionMissing_NamesTypeRegionAndHeldRegions()
    {
        var lookup = Catalog().OnDemand("af-south-1", "m5.large");

        Assert.False(lookup.Found);
        Assert.Equal(PriceGap.RegionNotLoaded, lookup.Gap);
        Assert.Equal("no on-demand price for m5.large in af-south-1; the catalog holds on-demand prices for: eu-west-1, us-east-1", lookup.Message);
    }

    [Fact]
    public void OnDemand_WhenTypeMissingInLoadedRegion_IsNotListed()
    {
        var lookup = Catalog().OnDemand("us-east-1", "m9.large");

        Assert.Equal(PriceGap.NotListed, lookup.Gap);
        Assert.Contains("m9.large", lookup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spot_WhenRegionHasOnlyOnDemand_ReportsSpotRegions()
    {
        var lookup = Catalog().Spot("eu-west-1", "m5.large");

        Assert.Equal(PriceGap.RegionNotLoaded, lookup.Gap);
        Assert.EndsWith("the catalog holds spot prices for: us-east-1", lookup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commitment_WhenRegionNotLoaded_SaysRunRefresh()
    {
        var lookup = Catalog().Commitment("eu-west-1", "m5.large", PriceTerms.ComputeSavingsPlan, 1, PriceTerms.NoUpfront);

        Assert.Equal(PriceGap.RegionNotLoaded, lookup.Gap);
        Assert.Contains("rates not loaded, run `analyzer prices refresh --region eu-west-1`", lookup.Message, StringComparison.Ordinal);
        Assert.Contains("Compute Savings Plan rates for: us-east-1", lookup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commitment_WhenPlanHasNoRowsAnywhere_SaysCatalogHoldsNone()
    {
        var lookup = Catalog().Commitment("us-east-1", "m5.large", PriceTerms.Ec2InstanceSavingsPlan, 1, PriceTerms.NoUpfront);

        Assert.EndsWith("the catalog holds no EC2 Instance Savings Plan rates", lookup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commitment_WhenHeld_ReturnsEffectiveRate()
    {
        var rate = Catalog().Commitment("us-east-1", "m5.large", PriceTerms.ComputeSavingsPlan, 1, PriceTerms.NoUpfront).GetOrThrow();

        Assert.Equal(0.071m, rate.EffectiveUsdPerHour);
    }

    [Fact]
    public void Fargate_WhenArchitectureMissingInLoadedRegion_IsNotListed()
    {
        var lookup = Catalog().Fargate("us-east-1", PriceTerms.Arm64, PriceTerms.OnDemand);

        Assert.Equal(PriceGap.NotListed, lookup.Gap);
    }

    [Fact]
    public void Lambda_WhenHeld_ReturnsTiersInOrder()
    {
        var schedule = Catalog().Lambda("us-east-1", PriceTerms.X86).GetOrThrow();

        Assert.Equal([0m, 6_000_000_000m], schedule.Tiers.Select(t => t.TierGbSecondsFrom));
    }

    [Fact]
    public void GetOrThrow_WhenMissing_ThrowsWithLookupMessage()
    {
        var lookup = Catalog().Lambda("sa-east-1", PriceTerms.X86);

        var error = Assert.Throws<PriceNotFoundException>(() => lookup.GetOrThrow());
        Assert.Equal("no Lambda x86_64 prices in sa-east-1; the catalog holds Lambda prices for: us-east-1", error.Message);
    }

    [Fact]
    public void AsOfDates_ListsEveryDateOnce_OldestFirst()
    {
        Assert.Equal([new DateOnly(2026, 2, 17), new DateOnly(2026, 9, 24)], Catalog().AsOfDates);
    }

    [Fact]
    public void Provenance_CountsRowsPerKindSourceAndDate()
    {
        var onDemand = Catalog().Provenance.Where(p => p.Kind == PriceTerms.OnDemand).ToList();

        Assert.Equal([("test:feb", 2), ("test:sep", 1)], onDemand.Select(p => (p.Source, p.Rows)));
    }
}
