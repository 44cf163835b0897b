using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Cli.Tests.Commands;

public sealed class ImportBillingCommandTests : IDisposable
{
    private readonly TempDuckDbFile _file = new();
    private readonly string _folder;
    private readonly string _store;

    public ImportBillingCommandTests()
    {
        _folder = Path.GetDirectoryName(_file.Path)!;
        _store = Path.Combine(_folder, "import.duckdb");
    }

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task ImportBilling_FocusCsv_LoadsCostAndPrintsTotals()
    {
        var export = Path.Combine(_folder, "focus.csv");
        await File.WriteAllTextAsync(export, """
            ChargePeriodStart,SubAccountId,SubAccountName,RegionId,ServiceName,x_UsageType,ResourceId,BilledCost,EffectiveCost,ConsumedQuantity
            2026-10-03T00:00:00Z,111111111111,prod,us-east-1,Amazon Elastic Compute Cloud,USE1-BoxUsage:m5.large,i-1,2.304,1.5,24
            2026-10-04T00:00:00Z,111111111111,prod,us-east-1,Amazon Elastic Compute Cloud,USE1-BoxUsage:m5.large,i-1,2.304,1.5,24
            """);

        var (code, output, error) = await CliRunner.RunAsync("import-billing", "--store", _store, "--format", "focus", export);

        Assert.True(code == 0, error);
        Assert.Contains("Imported 2 daily cost line(s) for 1 account(s), 2026-10-03 to 2026-10-04: unblended $4.61, amortized $3.00.", output, StringComparison.Ordinal);
        using var database = DuckDbDatabase.Open(_store);
        using var connection = database.Connect();
        Assert.Equal(4.608m, connection.ExecuteScalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily WHERE source = 'focus'"));
    }

    [Fact]
    public async Task ImportBilling_WithUnknownFormat_ExitsWithUsageCode()
    {
        var (code, _, _) = await CliRunner.RunAsync("import-billing", "--store", _store, "--format", "cur1", "x.parquet");

        Assert.Equal(2, code);
    }

    [Fact]
    public async Task ImportBilling_WithMissingFile_ExitsWithUsageCodeNamingIt()
    {
        var (code, _, error) = await CliRunner.RunAsync("import-billing", "--store", _store, "--format", "cur2", Path.Combine(_folder, "missing.parquet"));

        Assert.Equal(2, code);
        Assert.Contains("missing.parquet", error, StringComparison.Ordinal);
    }
}
