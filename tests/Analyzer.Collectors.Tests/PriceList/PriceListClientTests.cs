using Analyzer.Collectors.PriceList;
using Analyzer.Testing.PriceList;

namespace Analyzer.Collectors.Tests.PriceList;

public sealed class PriceListClientTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pricelist-client-").FullName;
    private readonly HttpClient http = new();

    public void Dispose()
    {
        http.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task DownloadAsync_Ec2_ReadsPublicationDateAndVersion()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1());
        var client = new PriceListClient(http, server.BaseUri);

        var file = await client.DownloadAsync(PriceListOffer.Ec2, "us-east-1", directory, CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 11, 1), file.PublicationDate);
        Assert.Equal("aws-price-list:AmazonEC2@20261101000000", file.Source);
    }

    [Fact]
    public async Task DownloadAsync_Ec2_CountsTheFiveMetadataLines()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1());
        var client = new PriceListClient(http, server.BaseUri);

        var file = await client.DownloadAsync(PriceListOffer.Ec2, "us-east-1", directory, CancellationToken.None);

        Assert.Equal(5, file.LinesBeforeHeader);
    }

    [Fact]
    public async Task DownloadAsync_Ec2_StreamsTheWholeCsvToDisk()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1());
        var client = new PriceListClient(http, server.BaseUri);

        var file = await client.DownloadAsync(PriceListOffer.Ec2, "us-east-1", directory, CancellationToken.None);

        Assert.Equal(PriceListFixtures.Ec2Csv(), await File.ReadAllTextAsync(file.Path));
    }

    [Fact]
    public async Task DownloadAsync_SavingsPlans_FollowsTheArrayShapedRegionIndex()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1());
        var client = new PriceListClient(http, server.BaseUri);

        var file = await client.DownloadAsync(PriceListOffer.ComputeSavingsPlan, "us-east-1", directory, CancellationToken.None);

        Assert.Equal("/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/20261101000000/us-east-1/index.csv", file.SourceUrl.AbsolutePath);
    }

    [Fact]
    public async Task DownloadRegionAsync_FetchesFourOffers()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1());
        var client = new PriceListClient(http, server.BaseUri);

        var files = await client.DownloadRegionAsync("us-east-1", directory, CancellationToken.None);

        Assert.Equal(["AmazonEC2", "AWSComputeSavingsPlan", "AWSLambda", "AmazonECS"], files.Select(f => f.OfferCode));
    }

    [Fact]
    public async Task DownloadAsync_RegionNotInIndex_NamesRegionsHeld()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1());
        var client = new PriceListClient(http, server.BaseUri);

        var error = await Assert.ThrowsAsync<PriceListException>(
            () => client.DownloadAsync(PriceListOffer.Ec2, "af-south-1", directory, CancellationToken.None));

        Assert.Equal("AmazonEC2 has no price list for region af-south-1; its region index lists: eu-west-1, us-east-1", error.Message);
    }

    [Fact]
    public async Task DownloadAsync_HeaderLacksColumns_NamesThem()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1(PriceListFixtures.Ec2CsvMissingColumns()));
        var client = new PriceListClient(http, server.BaseUri);

        var error = await Assert.ThrowsAsync<PriceListException>(
            () => client.DownloadAsync(PriceListOffer.Ec2, "us-east-1", directory, CancellationToken.None));

        Assert.EndsWith("lacks the column(s) \"Instance Type\", \"Tenancy\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAsync_FileMissingOnServer_FailsWith404AndUrl()
    {
        var files = new Dictionary<string, string>(PriceListFixtures.UsEast1());
        files.Remove("/offers/v1.0/aws/AmazonEC2/20261101000000/us-east-1/index.csv");
        using var server = new PriceListServer(files);
        var client = new PriceListClient(http, server.BaseUri);

        var error = await Assert.ThrowsAsync<PriceListException>(
            () => client.DownloadAsync(PriceListOffer.Ec2, "us-east-1", directory, CancellationToken.None));

        Assert.Contains("/AmazonEC2/20261101000000/us-east-1/index.csv returned 404", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task DownloadAsync_WrongOfferInFile_Refuses()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1(PriceListFixtures.LambdaCsv()));
        var client = new PriceListClient(http, server.BaseUri);

        var error = await Assert.ThrowsAsync<PriceListException>(
            () => client.DownloadAsync(PriceListOffer.Ec2, "us-east-1", directory, CancellationToken.None));

        Assert.EndsWith("is for offer AWSLambda, not AmazonEC2.", error.Message, StringComparison.Ordinal);
    }
}
