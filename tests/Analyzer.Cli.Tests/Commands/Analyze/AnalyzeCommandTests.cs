namespace Analyzer.Cli.Tests.Commands.Analyze;

/// <summary>`analyze key=value`: docs/configuration.md's overrides reach their settings (checked before the store is opened).</summary>
public sealed class AnalyzeCommandTests
{
    [Theory]
    [InlineData("lookbackDays=0", "lookbackDays: must be 1 to 400 days, got 0.")]
    [InlineData("heldSavingsPlanHourlyUsd=9000", "heldSavingsPlanHourlyUsd: must be 0 to 5000 USD per hour, got 9000.")]
    [InlineData("riskAppetite=yolo", "riskAppetite: 'yolo' is not one of conservative, balanced, aggressive.")]
    [InlineData("colour=blue", "colour: is not a known key")]
    public async Task Analyze_KeyEqualsValue_IsReadAsTheSettingsKey(string argument, string expected)
    {
        var (code, _, error) = await CliRunner.RunAsync("analyze", argument, "--store", Path.Combine(Path.GetTempPath(), "no-such-store.duckdb"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_ValidOverrides_PassTheSettingsAndReachTheStoreCheck()
    {
        var (code, _, error) = await CliRunner.RunAsync("analyze", "heldSavingsPlanHourlyUsd=10", "regions=us-east-1,eu-west-1", "--store", Path.Combine(Path.GetTempPath(), "no-such-store.duckdb"));

        Assert.Equal(ExitCodes.Storage, code);
        Assert.Contains("No store at", error, StringComparison.Ordinal);
    }
}
