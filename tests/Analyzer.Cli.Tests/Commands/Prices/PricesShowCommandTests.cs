namespace Analyzer.Cli.Tests.Commands.Prices;

public sealed class PricesShowCommandTests(PricesCli cli) : IClassFixture<PricesCli>
{
    [Fact]
    public async Task Show_M5LargeUsEast1_MarksShippedOnDemandPriceWithDateAndSource()
    {
        var (exitCode, output, _) = await cli.RunAsync("show", "--region", "us-east-1", "--type", "m5.large");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Matches(@"\* on-demand\s+0\.096 USD/h\s+as of 2026-02-17  catalog:ec2_ondemand\.csv", output);
    }

    [Fact]
    public async Task Show_M5LargeUsEast1_ListsComputeSavingsPlan()
    {
        var (_, output, _) = await cli.RunAsync("show", "--region", "us-east-1", "--type", "m5.large");

        Assert.Matches(@"\* compute 1y no upfront\s+0\.071 USD/h\s+as of 2026-09-24", output);
    }

    [Fact]
    public async Task Show_SavingsPlanOutsideUsEast1_SaysRunRefresh()
    {
        var (_, output, _) = await cli.RunAsync("show", "--region", "eu-west-1", "--type", "m5.large");

        Assert.Contains(
            "missing: no Compute Savings Plan rate for m5.large (1y, no upfront) in eu-west-1: rates not loaded, run `analyzer prices refresh --region eu-west-1`",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Fargate_PrintsVcpuAndGbRates()
    {
        var (_, output, _) = await cli.RunAsync("show", "--region", "us-east-1", "--fargate");

        Assert.Contains("0.04048 USD/vCPU-h, 0.004445 USD/GB-h, storage 0.000111 USD/GB-h", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Lambda_PrintsGbSecondAndRequestRates()
    {
        var (_, output, _) = await cli.RunAsync("show", "--region", "us-east-1", "--lambda");

        Assert.Contains("0.0000166667 USD/GB-s, 0.2 USD/million requests", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_RegionNotHeld_ExitsNothingHeldAndListsRegions()
    {
        var (exitCode, output, _) = await cli.RunAsync("show", "--region", "af-south-1", "--type", "m5.large");

        Assert.Equal(ExitCodes.NothingFound, exitCode);
        Assert.Contains("missing: no on-demand price for m5.large in af-south-1; the catalog holds on-demand prices for: ap-northeast-1,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_WithoutWhatToShow_FailsValidation()
    {
        var (exitCode, _, error) = await cli.RunAsync("show", "--region", "us-east-1");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Give exactly one of --type T, --fargate or --lambda.", error, StringComparison.Ordinal);
    }
}
