using Analyzer.Testing.PriceList;

namespace Analyzer.Cli.Tests.Commands.Prices;

public sealed class PricesRefreshCommandTests : IDisposable
{
    private readonly PricesCli cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task Refresh_FromLocalPriceList_MakesNewerPriceTheOneInEffect()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1(PriceListFixtures.Ec2Csv(m5LargeOnDemand: "0.1000000000")));

        var (exitCode, _, error) = await cli.RunAsync("refresh", "--region", "us-east-1", "--base-url", server.BaseUri.ToString());
        var (_, shown, _) = await cli.RunAsync("show", "--region", "us-east-1", "--type", "m5.large");

        Assert.True(exitCode == 0, error);
        Assert.Matches(@"\* on-demand\s+0\.1 USD/h\s+as of 2026-11-01  aws-price-list:AmazonEC2@20261101000000", shown);
    }

    [Fact]
    public async Task Refresh_BeforePublicationDate_KeepsShippedPriceInEffect()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1(PriceListFixtures.Ec2Csv(m5LargeOnDemand: "0.1000000000")));
        await cli.RunAsync("refresh", "--region", "us-east-1", "--base-url", server.BaseUri.ToString());

        var (_, shown, _) = await cli.RunAsync("show", "--region", "us-east-1", "--type", "m5.large", "--as-of", "2026-10-31");

        Assert.Matches(@"\* on-demand\s+0\.096 USD/h\s+as of 2026-02-17", shown);
    }

    [Fact]
    public async Task Refresh_MalformedFile_ExitsPriceListFailedAndLoadsNothing()
    {
        using var server = new PriceListServer(PriceListFixtures.UsEast1(PriceListFixtures.Ec2CsvMissingColumns()));

        var (exitCode, _, error) = await cli.RunAsync("refresh", "--region", "us-east-1", "--base-url", server.BaseUri.ToString());
        var (_, shown, _) = await cli.RunAsync("show", "--region", "us-east-1", "--lambda");

        Assert.Equal(ExitCodes.Collection, exitCode);
        Assert.Contains("the store was not changed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("aws-price-list", shown, StringComparison.Ordinal);
    }
}
