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
    public void Import_SplitExportEvenDaysThenOddDays_KeepsEveryDay()
    {
        // October 2026 in two files: $10 on each of the 15 even days, $10 on each of the 16 odd days. The odd file's
        // range (10-01..10-31) spans every even day, which the import used to delete: 31 days x $10 = $310 must stay.
        var even = WriteDailyCur("even.parquet", "day % 2 = 0");
        var odd = WriteDailyCur("odd.parquet", "day % 2 = 1");

        Import(even, BillingFormat.Cur2);
        Import(odd, BillingFormat.Cur2);

        Assert.Equal((31L, 310m), (Scalar<long>("SELECT count(DISTINCT usage_date) FROM cost_daily"), Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily")));
    }

    [Fact]
    public void Import_SplitExportInEitherOrderAndTwice_GivesTheSameDays()
    {
        var even = WriteDailyCur("even.parquet", "day % 2 = 0");
        var odd = WriteDailyCur("odd.parquet", "day % 2 = 1");

        Import(odd, BillingFormat.Cur2);
        Import(even, BillingFormat.Cur2);
        Import(odd, BillingFormat.Cur2);

        // Idempotent: the second odd import replaces its own 16 days, so still 31 lines of $10.
        Assert.Equal((31L, 310m), (Scalar<long>("SELECT count(*) FROM cost_daily"), Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily")));
    }

    [Fact]
    public void Import_AnotherAccountsFile_LeavesTheFirstAccountsDays()
    {
        Import(WriteDailyCur("a.parquet", "day <= 3"), BillingFormat.Cur2);
        var other = System.IO.Path.Combine(folder, "b.parquet");
        Copy("SELECT TIMESTAMP '2026-10-02 00:00:00' AS line_item_usage_start_date, '999999999999' AS line_item_usage_account_id, "
            + "'x' AS line_item_usage_account_name, 'us-east-1' AS product_region_code, 'AmazonEC2' AS line_item_product_code, "
            + "'u' AS line_item_usage_type, 'i-9' AS line_item_resource_id, 'Usage' AS line_item_line_item_type, 5.0 AS line_item_unblended_cost, "
            + "1.0 AS line_item_usage_amount" + NoCommitmentColumns, other, "FORMAT parquet");

        Import(other, BillingFormat.Cur2);

        // 3 days x $10 of account 111111111111 plus the other account's $5.
        Assert.Equal(35m, Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily"));
    }

    [Fact]
    public void Import_FocusCsvUnderNewYorkTimeZone_LandsOnTheUtcDays()
    {
        // The host's zone reaches DuckDB as its default TimeZone; set it for every connection of this database.
        using (var connection = store.Connect())
        {
            connection.Execute("SET GLOBAL TimeZone = 'America/New_York'");
        }

        var path = System.IO.Path.Combine(folder, "focus.csv");
        File.WriteAllText(path, """
            ChargePeriodStart,SubAccountId,SubAccountName,RegionId,ServiceName,x_UsageType,ResourceId,BilledCost,EffectiveCost,ConsumedQuantity
            2026-10-01T00:00:00Z,111111111111,prod,us-east-1,EC2,u,i-1,1.0,1.0,1
            2026-10-02T00:00:00Z,111111111111,prod,us-east-1,EC2,u,i-1,2.0,2.0,1
            2026-10-03T00:00:00Z,111111111111,prod,us-east-1,EC2,u,i-1,4.0,4.0,1

            """);

        var result = Import(path, BillingFormat.Focus);

        // Midnight UTC is 20:00 the day before in New York: read in the host's zone these were 09-30..10-02.
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 3)), (result.FirstDay, result.LastDay));
        Assert.Equal(4m, Scalar<decimal>("SELECT unblended_cost FROM cost_daily WHERE usage_date = DATE '2026-10-03'"));
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

    private const string NoCommitmentColumns =
        ", CAST(NULL AS DOUBLE) AS savings_plan_savings_plan_effective_cost, CAST(NULL AS DOUBLE) AS savings_plan_total_commitment_to_date, "
        + "CAST(NULL AS DOUBLE) AS savings_plan_used_commitment, CAST(NULL AS DOUBLE) AS reservation_effective_cost, "
        + "CAST(NULL AS DOUBLE) AS reservation_unused_amortized_upfront_fee_for_billing_period, CAST(NULL AS DOUBLE) AS reservation_unused_recurring_fee, "
        + "CAST(NULL AS VARCHAR) AS reservation_reservation_a_r_n";

    // One $10 on-demand line a day of October 2026 for account 111111111111, for the days matching the filter.
    private string WriteDailyCur(string name, string dayFilter)
    {
        var path = System.IO.Path.Combine(folder, name);
        Copy($"SELECT TIMESTAMP '2026-10-01 00:00:00' + to_days(CAST(day - 1 AS INTEGER)) AS line_item_usage_start_date, "
            + "'111111111111' AS line_item_usage_account_id, 'prod' AS line_item_usage_account_name, 'us-east-1' AS product_region_code, "
            + "'AmazonEC2' AS line_item_product_code, 'USE1-BoxUsage:m5.large' AS line_item_usage_type, 'i-1' AS line_item_resource_id, "
            + "'Usage' AS line_item_line_item_type, 10.0 AS line_item_unblended_cost, 24.0 AS line_item_usage_amount"
            + NoCommitmentColumns + $" FROM range(1, 32) t(day) WHERE {dayFilter}", path, "FORMAT parquet");
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
