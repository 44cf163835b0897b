using Analyzer.Storage.Collection;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests.Collection;

/// <summary>Fixture exports are written by DuckDB itself (COPY ... TO), in the column layout AWS Data Exports use.</summary>
public sealed class BillingImportTests : IDisposable
{
    private const string CurColumns =
        "line_item_usage_start_date, line_item_usage_account_id, line_item_usage_account_name, product_region_code, line_item_product_code, "
        + "line_item_usage_type, line_item_resource_id, line_item_line_item_type, line_item_unblended_cost, line_item_usage_amount, "
        + "savings_plan_savings_plan_effective_cost, savings_plan_total_commitment_to_date, savings_plan_used_commitment, reservation_effective_cost, "
        + "reservation_unused_amortized_upfront_fee_for_billing_period, reservation_unused_recurring_fee, reservation_reservation_a_r_n";

    // Two on-demand hours of i-1; a Savings Plans covered hour of i-2 and its negation; the plan's recurring fee with
    // a quarter unused; one day of another account. Unblended 1.692, amortized 1.002.
    private const string CurRows = """
        (TIMESTAMP '2026-10-01 03:00:00', '111111111111', 'prod', 'us-east-1', 'AmazonEC2', 'USE1-BoxUsage:m5.large', 'i-1', 'Usage', 0.096, 1.0, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
        (TIMESTAMP '2026-10-01 04:00:00', '111111111111', 'prod', 'us-east-1', 'AmazonEC2', 'USE1-BoxUsage:m5.large', 'i-1', 'Usage', 0.096, 1.0, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
        (TIMESTAMP '2026-10-01 05:00:00', '111111111111', 'prod', 'us-east-1', 'AmazonEC2', 'USE1-BoxUsage:m5.large', 'i-2', 'SavingsPlanCoveredUsage', 0.096, 1.0, 0.06, NULL, NULL, NULL, NULL, NULL, NULL),
        (TIMESTAMP '2026-10-01 05:00:00', '111111111111', 'prod', 'us-east-1', 'AmazonEC2', 'USE1-BoxUsage:m5.large', 'i-2', 'SavingsPlanNegation', -0.096, 0.0, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
        (TIMESTAMP '2026-10-01 00:00:00', '111111111111', 'prod', '', 'ComputeSavingsPlans', 'ComputeSP:1yrNoUpfront', 'arn:aws:savingsplans::111111111111:savingsplan/sp-1', 'SavingsPlanRecurringFee', 1.0, 1.0, NULL, 1.0, 0.75, NULL, NULL, NULL, NULL),
        (TIMESTAMP '2026-10-02 10:00:00', '222222222222', 'dev', 'eu-west-1', 'AWSLambda', 'EU-Lambda-GB-Second', NULL, 'Usage', 0.5, 30000.0, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
        """;

    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempDuckDbFile file = new();
    private readonly AnalyzerStore store;
    private readonly string folder;

    public BillingImportTests()
    {
        store = AnalyzerStore.Open(file.Path, new FixedTimeProvider(Now));
        folder = System.IO.Path.GetDirectoryName(file.Path)!;
    }

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }

    [Fact]
    public void Import_Cur2Parquet_LoadsUnblendedAndAmortizedTotals()
    {
        var result = Import(WriteCur("cur.parquet", "FORMAT parquet"), BillingFormat.Cur2);

        Assert.Equal((1.692m, 1.002m), (result.UnblendedUsd, result.AmortizedUsd));
        Assert.Equal((1.692m, 1.002m), (Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily"), Scalar<decimal>("SELECT sum(amortized_cost) FROM cost_daily")));
    }

    [Fact]
    public void Import_Cur2Parquet_GroupsLineItemsIntoDailyLines()
    {
        var result = Import(WriteCur("cur.parquet", "FORMAT parquet"), BillingFormat.Cur2);

        // i-1 (2 hours), i-2 (covered + negation), the plan fee (region 'global'), the Lambda day.
        Assert.Equal((4L, 2L, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2)), (result.CostLines, result.Accounts, result.FirstDay, result.LastDay));
        Assert.Equal(2m, Scalar<decimal>("SELECT usage_quantity FROM cost_daily WHERE resource_id = 'i-1'"));
        Assert.Equal("global", Scalar<string>("SELECT region FROM cost_daily WHERE service = 'ComputeSavingsPlans'"));
    }

    [Fact]
    public void Import_SameExportTwice_KeepsOneCopy()
    {
        var path = WriteCur("cur.parquet", "FORMAT parquet");
        Import(path, BillingFormat.Cur2);

        Import(path, BillingFormat.Cur2);

        Assert.Equal((4L, 1.692m), (Scalar<long>("SELECT count(*) FROM cost_daily"), Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily")));
    }

    [Fact]
    public void Import_Cur2Csv_LoadsTheSameTotalsAsParquet()
    {
        var result = Import(WriteCur("cur.csv", "FORMAT csv, HEADER"), BillingFormat.Cur2);

        Assert.Equal((4L, 1.692m, 1.002m), (result.CostLines, result.UnblendedUsd, result.AmortizedUsd));
    }

    [Fact]
    public void Import_Cur2_AddsUnknownAccountsWithTheirNames()
    {
        Import(WriteCur("cur.parquet", "FORMAT parquet"), BillingFormat.Cur2);

        Assert.Equal("dev", Scalar<string>("SELECT name FROM accounts WHERE account_id = '222222222222'"));
    }

    [Fact]
    public void Import_Always_RecordsACollectionRun()
    {
        Import(WriteCur("cur.parquet", "FORMAT parquet"), BillingFormat.Cur2);

        Assert.Equal(4L, Scalar<long>("SELECT rows_cost_lines FROM collection_runs WHERE source = 'cur2' AND status = 'succeeded'"));
    }

    [Fact]
    public void Import_FocusParquet_MapsBilledAndEffectiveCost()
    {
        var path = System.IO.Path.Combine(folder, "focus.parquet");
        Copy($"""
            SELECT * FROM (VALUES
                (TIMESTAMP '2026-10-03 00:00:00', '111111111111', 'prod', 'us-east-1', 'Amazon Elastic Compute Cloud', 'USE1-BoxUsage:m6g.large', 'i-9', 1.848, 1.2, 24.0),
                (TIMESTAMP '2026-10-03 00:00:00', '111111111111', 'prod', NULL, 'Savings Plans for AWS Compute usage', 'ComputeSP:1yrNoUpfront', NULL, 10.0, 0.0, 1.0))
            t(ChargePeriodStart, SubAccountId, SubAccountName, RegionId, ServiceName, x_UsageType, ResourceId, BilledCost, EffectiveCost, ConsumedQuantity)
            """, path, "FORMAT parquet");

        var result = Import(path, BillingFormat.Focus);

        Assert.Equal((2L, 11.848m, 1.2m), (result.CostLines, result.UnblendedUsd, result.AmortizedUsd));
        Assert.Equal("focus", Scalar<string>("SELECT DISTINCT source FROM cost_daily"));
    }

    [Fact]
    public void Import_MissingFile_ThrowsStorageException()
    {
        Assert.Throws<Analyzer.Storage.DuckDb.StorageException>(() => Import(System.IO.Path.Combine(folder, "nope.parquet"), BillingFormat.Cur2));
    }

    private BillingImportResult Import(string path, BillingFormat format) => new BillingImport(store, new FixedTimeProvider(Now)).Import(path, format);

    private string WriteCur(string name, string options)
    {
        var path = System.IO.Path.Combine(folder, name);
        Copy($"SELECT * FROM (VALUES {CurRows}) t({CurColumns})", path, options);
        return path;
    }

    // Test-only: the path is a temp file this test made, spliced because COPY's target cannot be bound.
    private void Copy(string select, string path, string options)
    {
        using var connection = store.Connect();
        connection.Execute($"COPY ({select}) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' ({options})");
    }

    private T? Scalar<T>(string sql)
    {
        using var connection = store.Connect();
        return connection.ExecuteScalar<T>(sql);
    }
}
