namespace Analyzer.Cli.Tests.Commands.Prices;

public sealed class PricesLoadCatalogCommandTests : IDisposable
{
    private readonly PricesCli cli = new();

    [Fact]
    public async Task LoadCatalog_ShippedCatalog_ReportsCountsOfEachKind()
    {
        var (code, output, _) = await cli.RunAsync("load-catalog");

        Assert.Equal(0, code);
        Assert.Matches(@"Loaded the shipped price catalog: [1-9]\d* EC2 prices, [1-9]\d* Savings Plans and RI rates", output);
    }

    [Fact]
    public async Task LoadCatalog_MissingFolder_ExitsStoreErrorNamingTheMissingFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-catalog-" + Guid.NewGuid().ToString("N"));

        var (code, _, error) = await cli.RunAsync("load-catalog", "--directory", missing);

        Assert.Equal(3, code);
        Assert.Contains("installation error", error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(missing, "provenance.csv"), error, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();
}
