namespace Analyzer.Cli.Tests.Reliability;

/// <summary>
/// A billing export whose product code holds \x01 and whose account name holds an ANSI escape: every report is
/// written (the SVG writer used to throw, exit 134, nothing written) and `sql` shows the escape as text.
/// </summary>
public sealed class HostileBillingDataTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("analyzer-hostile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ImportAnalyzeReport_ControlCharactersInNames_WritesEveryReportWithoutThem()
    {
        await ImportAsync();
        Assert.Equal(0, (await RunAsync("analyze")).Code);

        var (code, _, error) = await RunAsync("report", "--format", "html,csv,json", "--out", "out");

        Assert.True(code == 0, error);
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "out", "report.html"));
        Assert.Contains("AmazonEC2\uFFFD", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', html);
        Assert.DoesNotContain('\u001b', html);
    }

    [Fact]
    public async Task Sql_EscapeSequenceInData_PrintsItAsText()
    {
        await ImportAsync();

        var (code, output, _) = await RunAsync("sql", "select name from accounts");

        Assert.Equal(0, code);
        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("\\u001b[2Jevil", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqlCsv_EscapeSequenceInData_PrintsItAsText()
    {
        await ImportAsync();

        var (_, output, _) = await RunAsync("sql", "--format", "csv", "select name from accounts");

        Assert.DoesNotContain('\u001b', output);
    }

    private async Task ImportAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "focus.csv"),
            "ChargePeriodStart,SubAccountId,SubAccountName,RegionId,ServiceName,x_UsageType,ResourceId,BilledCost,EffectiveCost,ConsumedQuantity\n"
            + "2026-10-01T00:00:00Z,111111111111,\u001b[2Jevil,us-east-1,AmazonEC2\u0001,BoxUsage,i-1,10.0,10.0,24\n");
        var (code, _, error) = await RunAsync("import-billing", "--format", "focus", "focus.csv");
        Assert.True(code == 0, error);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        CliRunner.RunInAsync(folder, TimeProvider.System, [.. args, "--store", Path.Combine(folder, "store.duckdb")]);
}
