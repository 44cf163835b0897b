using Analyzer.Core.Pricing;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Pricing;
using Analyzer.Testing.PriceList;

namespace Analyzer.Storage.Tests.Pricing;

public sealed class PriceListLoaderTests : IDisposable
{
    private static readonly FixedTime Time = new(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Published = new(2026, 11, 1);

    private readonly string directory = Directory.CreateTempSubdirectory("pricelist-loader-").FullName;
    private readonly PriceTables tables = new();

    public void Dispose()
    {
        tables.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Load_Ec2OnDemand_KeepsEachPlatformAndTenancyApartAndLeavesUnusedCapacityOut()
    {
        PriceListLoader.Load(tables.Connection, [File("AmazonEC2", PriceListFixtures.Ec2Csv())], Time);

        var catalog = PriceCatalogReader.Read(tables.Connection, Published);
        Assert.Equal(
            [
                ("m5.large", "Linux with SQL Server Standard", "default", 0.576m), ("m5.large", "Linux/UNIX", "dedicated", 0.101m),
                ("m5.large", "Linux/UNIX", "default", 0.096m), ("m5.large", "Windows", "default", 0.188m), ("m6g.large", "Linux/UNIX", "default", 0.077m),
            ],
            catalog.Ec2Prices.Select(p => (p.InstanceType, p.Platform, p.Tenancy, p.UsdPerHour)).Order());
        Assert.Equal(0.096m, catalog.OnDemand("us-east-1", "m5.large").GetOrThrow().UsdPerHour);
    }

    [Fact]
    public void Load_Ec2_DatesRowsByPublicationAndNamesOffer()
    {
        PriceListLoader.Load(tables.Connection, [File("AmazonEC2", PriceListFixtures.Ec2Csv())], Time);

        var price = PriceCatalogReader.Read(tables.Connection, Published).OnDemand("us-east-1", "m5.large").GetOrThrow();
        Assert.Equal(new PriceSource("aws-price-list:AmazonEC2@20261101000000", Published), price.Source);
    }

    [Fact]
    public void Load_Ec2AllUpfrontRi_SpreadsFeeOverTerm()
    {
        PriceListLoader.Load(tables.Connection, [File("AmazonEC2", PriceListFixtures.Ec2Csv())], Time);

        var rate = PriceCatalogReader.Read(tables.Connection, Published)
            .Commitment("us-east-1", "m5.large", PriceTerms.StandardReserved, 1, PriceTerms.AllUpfront).GetOrThrow();
        Assert.Equal((0.05639269m, (decimal?)494m), (rate.EffectiveUsdPerHour, rate.UpfrontUsd));
    }

    [Fact]
    public void Load_Ec2PartialUpfrontConvertible_AddsHourlyFee()
    {
        PriceListLoader.Load(tables.Connection, [File("AmazonEC2", PriceListFixtures.Ec2Csv())], Time);

        var rate = PriceCatalogReader.Read(tables.Connection, Published)
            .Commitment("us-east-1", "m5.large", PriceTerms.ConvertibleReserved, 3, PriceTerms.PartialUpfront).GetOrThrow();
        Assert.Equal(0.07616591m, rate.EffectiveUsdPerHour); // 0.038 + 1003 / (3 x 8760)
    }

    [Fact]
    public void Load_SavingsPlans_KeepsLinuxSharedInstanceRatesOnly()
    {
        PriceListLoader.Load(tables.Connection, [File("AWSComputeSavingsPlan", PriceListFixtures.SavingsPlanCsv())], Time);

        var rows = PriceCatalogReader.Read(tables.Connection, Published).CommitmentRates
            .Where(r => !r.InstanceType.Contains(':', StringComparison.Ordinal))
            .Select(r => (r.InstanceType, r.Plan, r.TermYears, r.Payment, r.EffectiveUsdPerHour)).Order();
        Assert.Equal(
            [("m5.large", "compute", 1, "no", 0.071m), ("m5.large", "compute", 3, "all", 0.044m), ("m5.large", "ec2instance", 1, "no", 0.06m), ("m6g.large", "compute", 1, "partial", 0.0578m)],
            rows);
    }

    [Fact]
    public void Load_SavingsPlans_ReadsFargateAndLambdaComputeRates()
    {
        PriceListLoader.Load(tables.Connection, [File("AWSComputeSavingsPlan", PriceListFixtures.SavingsPlanCsv())], Time);

        // Fargate per vCPU-hour as the file gives it (its GB-hour row is the same discount and is not kept); Lambda
        // duration per GB-hour: 0.0000146667 x 3,600 = 0.05280012 (x86), 0.0000117333 x 3,600 = 0.04223988 (Arm).
        // Provisioned concurrency (Lambda-Provisioned-GB-Second) is not a duration rate and is left out.
        var rows = PriceCatalogReader.Read(tables.Connection, Published).CommitmentRates
            .Where(r => r.InstanceType.Contains(':', StringComparison.Ordinal))
            .Select(r => (r.Region, r.InstanceType, r.Plan, r.TermYears, r.Payment, r.EffectiveUsdPerHour)).Order();
        Assert.Equal(
            [
                ("us-east-1", "fargate:arm64", "compute", 1, "no", 0.02584m), ("us-east-1", "fargate:x86_64", "compute", 1, "no", 0.0323m),
                ("us-east-1", "lambda:arm64", "compute", 1, "no", 0.04223988m), ("us-east-1", "lambda:x86_64", "compute", 1, "no", 0.05280012m),
            ],
            rows);
    }

    [Fact]
    public void Load_Lambda_ReadsTiersAndRequestPrice()
    {
        PriceListLoader.Load(tables.Connection, [File("AWSLambda", PriceListFixtures.LambdaCsv())], Time);

        var schedule = PriceCatalogReader.Read(tables.Connection, Published).Lambda("us-east-1", PriceTerms.X86).GetOrThrow();
        Assert.Equal(
            [(0m, 0.0000166667m), (6_000_000_000m, 0.000015m), (15_000_000_000m, 0.0000133334m)],
            schedule.Tiers.Select(t => (t.TierGbSecondsFrom, t.UsdPerGbSecond)));
        Assert.Equal(0.2m, schedule.UsdPerMillionRequests);
    }

    [Fact]
    public void Load_Ecs_ReadsFargateRatesWithoutWindows()
    {
        PriceListLoader.Load(tables.Connection, [File("AmazonECS", PriceListFixtures.EcsCsv())], Time);

        var rows = PriceCatalogReader.Read(tables.Connection, Published).FargateRates
            .Select(r => (r.Architecture, r.Capacity, r.UsdPerVcpuHour, r.UsdPerGbHour, r.UsdPerStorageGbHour)).Order();
        Assert.Equal(
            [("arm64", "on-demand", 0.03238m, 0.00356m, (decimal?)0.000111m), ("x86_64", "on-demand", 0.04048m, 0.004445m, 0.000111m), ("x86_64", "spot", 0.01264355m, 0.00138835m, null)],
            rows);
    }

    [Fact]
    public void Load_SameDateAgain_ReplacesThatDatesPrices()
    {
        PriceListLoader.Load(tables.Connection, [File("AmazonEC2", PriceListFixtures.Ec2Csv())], Time);

        PriceListLoader.Load(tables.Connection, [File("AmazonEC2", PriceListFixtures.Ec2Csv(m5LargeOnDemand: "0.1000000000"))], Time);

        var m5 = PriceCatalogReader.ReadAllDates(tables.Connection, Published).Ec2Prices.Where(p => p.InstanceType == "m5.large" && p.IsLinuxShared).ToList();
        Assert.Equal([0.1m], m5.Select(p => p.UsdPerHour));
    }

    [Fact]
    public void Load_BadPriceInOneFile_LeavesStoreAsItWas()
    {
        PriceListLoader.Load(tables.Connection, [File("AmazonEC2", PriceListFixtures.Ec2Csv())], Time);

        Assert.Throws<StorageException>(() => PriceListLoader.Load(
            tables.Connection,
            [File("AWSLambda", PriceListFixtures.LambdaCsv()), File("AmazonEC2", PriceListFixtures.Ec2CsvBadPrice(), "bad.csv")],
            Time));

        // m5.large (Linux, Windows, dedicated, Linux with SQL Server) and m6g.large on-demand plus three Linux RI
        // offers (the Windows RI is not a commitment rate), from the first load only.
        Assert.Equal((8L, 0L, 1L), (tables.Count("prices_ec2") + tables.Count("prices_commitment"), tables.Count("prices_lambda"), tables.Count("price_catalog_versions")));
    }

    [Fact]
    public void Read_BeforePublicationDate_KeepsShippedPrice()
    {
        ShippedPriceCatalog.Load(tables.Connection, Time);
        PriceListLoader.Load(tables.Connection, [File("AmazonEC2", PriceListFixtures.Ec2Csv(m5LargeOnDemand: "0.1000000000"))], Time);

        var before = PriceCatalogReader.Read(tables.Connection, Published.AddDays(-1)).OnDemand("us-east-1", "m5.large").GetOrThrow();
        var after = PriceCatalogReader.Read(tables.Connection, Published).OnDemand("us-east-1", "m5.large").GetOrThrow();

        Assert.Equal((0.096m, 0.1m), (before.UsdPerHour, after.UsdPerHour));
    }

    private PriceListFile File(string offer, string content, string? name = null)
    {
        var path = Path.Combine(directory, name ?? $"{offer}-us-east-1.csv");
        System.IO.File.WriteAllText(path, content);
        return new PriceListFile(offer, "us-east-1", path, Published, PriceListFixtures.Version, 5, new Uri("http://127.0.0.1/fixture"));
    }
}
