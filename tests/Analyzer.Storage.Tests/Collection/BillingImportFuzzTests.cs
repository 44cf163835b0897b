using System.Globalization;
using System.Text;
using Analyzer.Storage.Collection;
using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests.Collection;

/// <summary>
/// Generated CUR 2.0 and FOCUS CSV files (a fixed seed, a bounded count): columns left out, values of the wrong
/// type, control characters, huge numbers, bad dates. Every import either loads or fails with a
/// <see cref="StorageException"/>, and a failed one leaves the store as it was.
/// </summary>
public sealed class BillingImportFuzzTests : IDisposable
{
    private static readonly string[] CurColumns =
    [
        "line_item_usage_start_date", "line_item_usage_account_id", "line_item_usage_account_name", "product_region_code", "line_item_product_code",
        "line_item_usage_type", "line_item_resource_id", "line_item_line_item_type", "line_item_unblended_cost", "line_item_usage_amount",
        "savings_plan_savings_plan_effective_cost", "savings_plan_total_commitment_to_date", "savings_plan_used_commitment", "reservation_effective_cost",
        "reservation_unused_amortized_upfront_fee_for_billing_period", "reservation_unused_recurring_fee", "reservation_reservation_a_r_n",
    ];

    private static readonly string[] FocusColumns =
    [
        "ChargePeriodStart", "SubAccountId", "SubAccountName", "RegionId", "ServiceName", "x_UsageType", "ResourceId", "BilledCost", "EffectiveCost", "ConsumedQuantity",
    ];

    private static readonly string[] Values =
    [
        "2026-10-01T00:00:00Z", "2026-10-31 23:00:00", "2026-02-30", "not a date", "111111111111", "", "0.096", "-1", "1e300", "NaN",
        "99999999999999999999999", "Usage", "SavingsPlanCoveredUsage", "RIFee", "Fee", "\"a,b\"", "\"\u0001\u001b[31m\"", "'; DROP TABLE cost_daily; --",
        "../../etc/passwd", "\u202Eevil", "\U0001F680",
    ];

    private readonly TempDuckDbFile file = new();
    private readonly AnalyzerStore store;
    private readonly string folder;

    public BillingImportFuzzTests()
    {
        store = AnalyzerStore.Open(file.Path, TimeProvider.System);
        folder = Path.GetDirectoryName(file.Path)!;
    }

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }

    [Theory]
    [InlineData(BillingFormat.Cur2)]
    [InlineData(BillingFormat.Focus)]
    public void Import_GeneratedFiles_LoadsOrFailsWithStorageExceptionLeavingTheStoreAsItWas(BillingFormat format)
    {
        var random = new Random(format == BillingFormat.Cur2 ? 2 : 3);
        var columns = format == BillingFormat.Cur2 ? CurColumns : FocusColumns;
        for (var i = 0; i < 40; i++)
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"fuzz-{format}-{i}.csv"));
            File.WriteAllText(path, Generate(columns, random));
            var before = Total();

            var error = Record.Exception(() => new BillingImport(store, TimeProvider.System).Import(path, format));

            Assert.True(error is null or StorageException, $"file #{i}: {error}");
            if (error is not null)
            {
                Assert.Equal(before, Total());
            }
        }
    }

    private static string Generate(string[] columns, Random random)
    {
        var chosen = columns.Where(_ => random.Next(8) != 0).ToList();
        var text = new StringBuilder(string.Join(',', chosen)).Append('\n');
        for (var row = random.Next(0, 6); row > 0; row--)
        {
            text.Append(string.Join(',', chosen.Select(_ => Values[random.Next(Values.Length)]))).Append('\n');
        }

        return text.ToString();
    }

    private string Total()
    {
        using var connection = store.Connect();
        return connection.ExecuteScalar<string>("SELECT count(*)::VARCHAR || '|' || coalesce(sum(unblended_cost), 0)::VARCHAR FROM cost_daily") ?? string.Empty;
    }
}
