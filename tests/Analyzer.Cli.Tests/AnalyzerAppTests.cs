namespace Analyzer.Cli.Tests;

public sealed class AnalyzerAppTests
{
    [Fact]
    public async Task RunAsync_WithUnknownCommand_ExitsWithUsageCodeAndNamesTheToken()
    {
        var (code, _, error) = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("sql --help")]
    [InlineData("demo --help")]
    [InlineData("prices show --help")]
    public async Task RunAsync_WithHelp_PrintsUsageAndSucceeds(string arguments)
    {
        var (code, output, _) = await CliRunner.RunAsync(arguments.Split(' '));

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }
}
