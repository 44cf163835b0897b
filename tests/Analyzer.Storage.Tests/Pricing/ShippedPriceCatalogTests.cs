using Analyzer.Core.Pricing;
using Analyzer.Storage.Pricing;

namespace Analyzer.Storage.Tests.Pricing;

public sealed class ShippedPriceCatalogTests(ShippedCatalogFixture shipped) : IClassFixture<ShippedCatalogFixture>
{
    private PriceCatalog Catalog => shipped.Catalog;

    [Fact]
    public void Load_OnDemandM5LargeUsEast1_IsPublicPrice()
    {
        var price = Catalog.OnDemand("us-east-1", "m5.large").GetOrThrow();

        Assert.Equal(0.096m, price.UsdPerHour);
        Assert.Equal(new DateOnly(2026, 2, 17), price.Source.AsOf);
    }

    [Fact]
    public void Load_OnDemandSource_NamesFileAndUpstream()
    {
        var price = Catalog.OnDemand("us-east-1", "m5.large").GetOrThrow();

        Assert.StartsWith("catalog:ec2_ondemand.csv (AWS Price List bulk API via rhpds/parsec", price.Source.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SpotM5LargeUsEast1_IsDatedBySnapshotBasis()
    {
        var price = Catalog.Spot("us-east-1", "m5.large").GetOrThrow();

        Assert.Equal(0.0434m, price.UsdPerHour);
        Assert.Equal(new DateOnly(2024, 8, 9), price.Source.AsOf);
    }

    [Fact]
    public void Load_FargateUsEast1X86OnDemand_IsPublicRates()
    {
        var rate = Catalog.Fargate("us-east-1", PriceTerms.X86, PriceTerms.OnDemand).GetOrThrow();

        Assert.Equal((0.04048m, 0.004445m, 0.000111m), (rate.UsdPerVcpuHour, rate.UsdPerGbHour, rate.UsdPerStorageGbHour));
    }

    [Fact]
    public void Load_FargateEuWest1Storage_StaysUnknown()
    {
        var rate = Catalog.Fargate("eu-west-1", PriceTerms.X86, PriceTerms.OnDemand).GetOrThrow();

        Assert.Null(rate.UsdPerStorageGbHour);
    }

    [Fact]
    public void Load_LambdaUsEast1X86_IsPublicRates()
    {
        var schedule = Catalog.Lambda("us-east-1", PriceTerms.X86).GetOrThrow();

        Assert.Equal(0.0000166667m, schedule.Tiers[0].UsdPerGbSecond);
        Assert.Equal(0.20m, schedule.UsdPerMillionRequests);
    }

    [Fact]
    public void Load_LambdaUsEast1X86_HasSecondTierFromSixBillion()
    {
        var schedule = Catalog.Lambda("us-east-1", PriceTerms.X86).GetOrThrow();

        Assert.Equal((6_000_000_000m, 0.000015m), (schedule.Tiers[1].TierGbSecondsFrom, schedule.Tiers[1].UsdPerGbSecond));
    }

    [Fact]
    public void Load_ComputeSavingsPlanM5Large1yNoUpfront_Is0071()
    {
        var rate = Catalog.Commitment("us-east-1", "m5.large", PriceTerms.ComputeSavingsPlan, 1, PriceTerms.NoUpfront).GetOrThrow();

        Assert.Equal(0.071m, rate.EffectiveUsdPerHour);
        Assert.Equal(new DateOnly(2026, 9, 24), rate.Source.AsOf);
    }

    [Fact]
    public void Load_StandardRiAllUpfront_HasEffectiveRateAndNoSeparateFee()
    {
        var rate = Catalog.Commitment("us-east-1", "m5.large", PriceTerms.StandardReserved, 1, PriceTerms.AllUpfront).GetOrThrow();

        Assert.Equal((0.0563927m, (decimal?)null), (rate.EffectiveUsdPerHour, rate.UpfrontUsd));
    }

    [Fact]
    public void Load_StandardRiNoUpfrontEuWest1_IsDatedApril2025()
    {
        var rate = Catalog.Commitment("eu-west-1", "m5.large", PriceTerms.StandardReserved, 1, PriceTerms.NoUpfront).GetOrThrow();

        Assert.Equal((0.067m, new DateOnly(2025, 4, 5)), (rate.EffectiveUsdPerHour, rate.Source.AsOf));
    }

    [Fact]
    public void Load_SavingsPlanOutsideUsEast1_SaysRatesNotLoaded()
    {
        var lookup = Catalog.Commitment("eu-west-1", "m5.large", PriceTerms.ComputeSavingsPlan, 1, PriceTerms.NoUpfront);

        Assert.Equal(PriceGap.RegionNotLoaded, lookup.Gap);
        Assert.Equal(
            "no Compute Savings Plan rate for m5.large (1y, no upfront) in eu-west-1: rates not loaded, run `analyzer prices refresh --region eu-west-1`; the catalog holds Compute Savings Plan rates for: us-east-1",
            lookup.Message);
    }

    [Fact]
    public void Load_T3MicroSpec_HasPublishedBaseline()
    {
        var spec = Catalog.Spec("t3.micro").GetOrThrow();

        Assert.Equal((2, 1m, true, (decimal?)10m), (spec.Vcpu, spec.MemoryGib, spec.Burstable, spec.BaselineCpuPercent));
    }

    [Fact]
    public void Load_RowCounts_MatchTheFiles()
    {
        Assert.Equal(new PriceLoadResult(11592 + 8038, 7944 + 36571, 11, 22, 9171, 1386), shipped.Result);
    }

    [Fact]
    public void Load_Versions_RecordEachSourceAndDate()
    {
        var versions = PriceCatalogReader.Versions(shipped.Tables.Connection);

        Assert.Equal(
            ["2021-01-14", "2024-08-09", "2024-08-22", "2025-04-05", "2025-06-28", "2026-02-17", "2026-07-11", "2026-09-24"],
            versions.Select(v => v.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order());
    }

    [Fact]
    public void Read_BeforeSavingsPlanDate_LeavesSavingsPlanOut()
    {
        var catalog = PriceCatalogReader.Read(shipped.Tables.Connection, new DateOnly(2026, 9, 23));

        Assert.Equal(PriceGap.RegionNotLoaded, catalog.Commitment("us-east-1", "m5.large", PriceTerms.ComputeSavingsPlan, 1, PriceTerms.NoUpfront).Gap);
    }

    [Fact]
    public void Read_TwoRegions_HoldsOnlyTheirRegionalRowsAndEverySpec()
    {
        var catalog = PriceCatalogReader.Read(shipped.Tables.Connection, ShippedCatalogFixture.Today, ["eu-west-1", "us-east-1"]);

        // Every regional kind comes for the two regions only, with the same rows as the whole catalog's; instance specs
        // are not regional and all come.
        string[] two = ["eu-west-1", "us-east-1"];
        Assert.Equal(Catalog.Ec2Prices.Where(p => two.Contains(p.Region)), catalog.Ec2Prices);
        Assert.Equal(Catalog.CommitmentRates.Where(r => two.Contains(r.Region)), catalog.CommitmentRates);
        Assert.Equal(Catalog.FargateRates.Where(r => two.Contains(r.Region)), catalog.FargateRates);
        Assert.Equal(Catalog.LambdaRates.Where(r => two.Contains(r.Region)), catalog.LambdaRates);
        Assert.Equal(Catalog.SpotAdvisorEntries.Where(e => two.Contains(e.Region)), catalog.SpotAdvisorEntries);
        Assert.Equal(Catalog.InstanceSpecs, catalog.InstanceSpecs);
        Assert.Contains(catalog.Ec2Prices, p => p.Region == "eu-west-1");
        Assert.True(catalog.Ec2Prices.Count < Catalog.Ec2Prices.Count / 3, "13 regions in the catalog, 2 read");
    }
}
