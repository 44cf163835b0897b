using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;
using Analyzer.Testing.FakeAws;
using Analyzer.Testing.Moto;

namespace Analyzer.Cli.Tests.Commands;

/// <summary>`import-billing s3://...` against moto's S3: exports are written by DuckDB and uploaded with the SDK.</summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed class ImportBillingFromS3Tests : IClassFixture<MotoServer>, IDisposable
{
    private const string CurColumns =
        "line_item_usage_start_date, line_item_usage_account_id, line_item_usage_account_name, product_region_code, line_item_product_code, "
        + "line_item_usage_type, line_item_resource_id, line_item_line_item_type, line_item_unblended_cost, line_item_usage_amount, "
        + "savings_plan_savings_plan_effective_cost, savings_plan_total_commitment_to_date, savings_plan_used_commitment, reservation_effective_cost, "
        + "reservation_unused_amortized_upfront_fee_for_billing_period, reservation_unused_recurring_fee, reservation_reservation_a_r_n";

    private const string FocusCsv = """
        ChargePeriodStart,SubAccountId,SubAccountName,RegionId,ServiceName,x_UsageType,ResourceId,BilledCost,EffectiveCost,ConsumedQuantity
        2026-10-03T00:00:00Z,111111111111,prod,us-east-1,Amazon Elastic Compute Cloud,USE1-BoxUsage:m5.large,i-1,2.304,1.5,24
        2026-10-04T00:00:00Z,222222222222,dev,us-east-1,Amazon Elastic Compute Cloud,USE1-BoxUsage:m5.large,i-2,2.304,1.5,24
        """;

    private readonly MotoServer _moto;
    private readonly TempDuckDbFile _scratch = new();
    private readonly string _folder;
    private readonly string _store;
    private readonly AwsEnvironment _environment = AwsEnvironment.WithKey(new FakeAwsCredential(MotoServer.AccessKeyId, MotoServer.SecretAccessKey, "123456789012"));
    private readonly AmazonS3Client _s3;

    public ImportBillingFromS3Tests(MotoServer moto)
    {
        _moto = moto;
        _folder = Path.GetDirectoryName(_scratch.Path)!;
        _store = Path.Combine(_folder, "import.duckdb");
        _s3 = new AmazonS3Client(new BasicAWSCredentials(MotoServer.AccessKeyId, MotoServer.SecretAccessKey),
            new AmazonS3Config { ServiceURL = moto.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
    }

    public void Dispose()
    {
        _s3.Dispose();
        _environment.Dispose();
        _scratch.Dispose();
    }

    [Fact]
    public async Task ImportBilling_Cur2ParquetInS3_LoadsEveryFileUnderThePrefix()
    {
        await BucketAsync("cur-parquet");
        await PutAsync("cur-parquet", "exports/cur2/data/BILLING_PERIOD=2026-10/part-0.parquet", WriteCur("a.parquet", "'111111111111', 0.25"));
        await PutAsync("cur-parquet", "exports/cur2/data/BILLING_PERIOD=2026-10/part-1.parquet", WriteCur("b.parquet", "'222222222222', 1.50"));
        await PutTextAsync("cur-parquet", "exports/cur2/metadata/manifest.json", "{}");
        await PutAsync("cur-parquet", "other/part-9.parquet", WriteCur("c.parquet", "'333333333333', 9.00"));

        var (code, output, error) = await ImportAsync("cur2", "s3://cur-parquet/exports/cur2/");

        Assert.True(code == 0, error);
        Assert.Contains("Downloaded 2 file(s)", output, StringComparison.Ordinal);
        Assert.Equal((1.75m, 2L), (Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily WHERE source = 'cur2'"), Scalar<long>("SELECT count(DISTINCT account_id) FROM cost_daily")));
    }

    [Fact]
    public async Task ImportBilling_FocusCsvInS3_LoadsItsTotals()
    {
        await BucketAsync("focus-csv");
        await PutTextAsync("focus-csv", "focus/2026-10/focus-00001.csv", FocusCsv);

        var (code, output, error) = await ImportAsync("focus", "s3://focus-csv/focus/");

        Assert.True(code == 0, error);
        Assert.Contains("Imported 2 daily cost line(s) for 2 account(s), 2026-10-03 to 2026-10-04: unblended $4.61, amortized $3.00.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportBilling_WhenTheBucketIsMissing_ExitsWithCollectionCodeAndLeavesTheStore()
    {
        await BucketAsync("focus-before");
        await PutTextAsync("focus-before", "focus.csv", FocusCsv);
        await ImportAsync("focus", "s3://focus-before/");

        var (code, _, error) = await ImportAsync("focus", "s3://no-such-bucket-here/focus/");

        Assert.Equal(4, code);
        Assert.Contains("NoSuchBucket", error, StringComparison.Ordinal);
        Assert.Equal(4.608m, Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily"));
    }

    [Fact]
    public async Task ImportBilling_WhenOneFileIsBad_LoadsNothing()
    {
        await BucketAsync("cur-bad");
        await PutAsync("cur-bad", "cur/part-0.parquet", WriteCur("good.parquet", "'111111111111', 0.25"));
        await PutTextAsync("cur-bad", "cur/part-1.parquet", "not parquet");

        var (code, _, _) = await ImportAsync("cur2", "s3://cur-bad/cur/");

        Assert.Equal((3, 0L), (code, Scalar<long>("SELECT count(*) FROM cost_daily")));
    }

    [Fact]
    public async Task ImportBilling_WhenThePrefixHoldsNoDataFiles_ExitsWithNothingFound()
    {
        await BucketAsync("cur-empty");
        await PutTextAsync("cur-empty", "cur/manifest.json", "{}");

        var (code, _, error) = await ImportAsync("cur2", "s3://cur-empty/cur/");

        Assert.Equal(6, code);
        Assert.Contains("s3://cur-empty/cur/", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportBilling_WithAnInvalidBucketName_ExitsWithUsageCode()
    {
        var (code, _, error) = await ImportAsync("cur2", "s3://Bad_Bucket/x");

        Assert.Equal(2, code);
        Assert.Contains("s3://Bad_Bucket/x", error, StringComparison.Ordinal);
    }

    private Task<(int Code, string Output, string Error)> ImportAsync(string format, string path) =>
        CliRunner.RunAsync("import-billing", "--store", _store, "--format", format, "--endpoint-url", _moto.Endpoint.ToString(), "--region", "us-east-1", path);

    private async Task BucketAsync(string bucket) => await _s3.PutBucketAsync(bucket);

    private async Task PutAsync(string bucket, string key, string file) =>
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, FilePath = file });

    private async Task PutTextAsync(string bucket, string key, string text) =>
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = text });

    // One CUR 2.0 usage line of m5.large in us-east-1 for the given account and cost. Test-only SQL: the values and
    // the temp path are this test's own, spliced because COPY's target cannot be bound.
    private string WriteCur(string name, string accountAndCost)
    {
        var path = Path.Combine(_folder, name);
        using var connection = _scratch.Connect();
        connection.Execute($"COPY (SELECT * FROM (VALUES (TIMESTAMP '2026-10-01 03:00:00', {accountAndCost.Split(',')[0]}, 'acct', 'us-east-1', 'AmazonEC2', "
            + $"'USE1-BoxUsage:m5.large', 'i-1', 'Usage', {accountAndCost.Split(',')[1]}, 1.0, "
            + $"CAST(NULL AS DECIMAL(18,6)), CAST(NULL AS DECIMAL(18,6)), CAST(NULL AS DECIMAL(18,6)), CAST(NULL AS DECIMAL(18,6)), CAST(NULL AS DECIMAL(18,6)), CAST(NULL AS DECIMAL(18,6)), CAST(NULL AS VARCHAR))) t({CurColumns})) TO '{path}' (FORMAT parquet)");
        return path;
    }

    private T? Scalar<T>(string sql)
    {
        using var database = DuckDbDatabase.Open(_store);
        using var connection = database.Connect();
        return connection.ExecuteScalar<T>(sql);
    }
}
