using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Analyzer.Cli.Tests.Reliability;

/// <summary>
/// SIGKILL at random points of collect (against the fake endpoint), import-billing, analyze and report: the store
/// always opens, holds no partial window, a rerun gives the same data and identical reports, and no browser is
/// left running. The kill moments come from a fixed seed; ANALYZER_RELIABILITY_ITERATIONS sets how many (default 2).
/// </summary>
[Collection(ReliabilityGroup.Name)]
public sealed class KillAtRandomPointsTests : IDisposable
{
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("ANALYZER_RELIABILITY_ITERATIONS"), CultureInfo.InvariantCulture, out var n) ? n : 2;

    private readonly string folder = Directory.CreateTempSubdirectory("analyzer-kill-").FullName;
    private readonly FakeOrganization organization = new();
    private readonly CliProcess cli;
    private readonly Random random = new(20261207);

    public KillAtRandomPointsTests()
    {
        cli = new CliProcess(folder, FakeOrganization.Environment(organization.Key));
    }

    public void Dispose()
    {
        organization.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Collect_KilledAtRandomPoints_StoreOpensAndARerunCollectsTheSameData()
    {
        var reference = Path.Combine(folder, "reference.duckdb");
        Assert.Equal(0, (await cli.RunAsync(organization.Collect(reference))).Code);
        var expected = StoreProbe.Collected(reference);

        for (var i = 0; i < Iterations; i++)
        {
            var store = Path.Combine(folder, $"collect-{i}.duckdb");
            await cli.RunAsync(organization.Collect(store), TimeSpan.FromMilliseconds(random.Next(300, 4000)), 9);

            if (File.Exists(store))
            {
                // Opens (and migrates) whatever the kill left; a failed store open would throw here.
                StoreProbe.Collected(store);
            }

            Assert.Equal(0, (await cli.RunAsync(organization.Collect(store))).Code);
            Assert.Equal(expected, StoreProbe.Collected(store));
        }
    }

    [Fact]
    public async Task ImportBilling_KilledAtRandomPoints_HoldsTheWholeFileOrNoneOfIt()
    {
        // 31 days x 200 resources x $0.05 = $310.00.
        var cur = Path.Combine(folder, "cur.csv");
        var text = new StringBuilder("line_item_usage_start_date,line_item_usage_account_id,line_item_usage_account_name,product_region_code,"
            + "line_item_product_code,line_item_usage_type,line_item_resource_id,line_item_line_item_type,line_item_unblended_cost,line_item_usage_amount,"
            + "savings_plan_savings_plan_effective_cost,savings_plan_total_commitment_to_date,savings_plan_used_commitment,reservation_effective_cost,"
            + "reservation_unused_amortized_upfront_fee_for_billing_period,reservation_unused_recurring_fee,reservation_reservation_a_r_n\n");
        for (var day = 1; day <= 31; day++)
        {
            for (var r = 0; r < 200; r++)
            {
                text.Append(CultureInfo.InvariantCulture, $"2026-10-{day:00}T05:00:00Z,111111111111,prod,us-east-1,AmazonEC2,BoxUsage,i-{r:0000},Usage,0.05,1,,,,,,,\n");
            }
        }

        await File.WriteAllTextAsync(cur, text.ToString());

        for (var i = 0; i < Iterations; i++)
        {
            var store = Path.Combine(folder, $"import-{i}.duckdb");
            string[] import = ["import-billing", "--store", store, "--format", "cur2", cur];
            await cli.RunAsync(import, TimeSpan.FromMilliseconds(random.Next(300, 3000)), 9);

            if (File.Exists(store))
            {
                var held = StoreProbe.Scalar(store, "SELECT count(DISTINCT usage_date)::VARCHAR || '|' || coalesce(sum(unblended_cost), 0)::DECIMAL(18,2)::VARCHAR FROM cost_daily");
                Assert.True(held is "0|0.00" or "31|310.00", $"a kill left a partial import: {held}");
            }

            Assert.Equal(0, (await cli.RunAsync(import)).Code);
            Assert.Equal("31|310.00", StoreProbe.Scalar(store, "SELECT count(DISTINCT usage_date)::VARCHAR || '|' || sum(unblended_cost)::DECIMAL(18,2)::VARCHAR FROM cost_daily"));
        }
    }

    [Fact]
    public async Task AnalyzeAndReport_KilledAtRandomPoints_RerunGivesIdenticalReportsAndNoBrowserIsLeft()
    {
        var store = Path.Combine(folder, "store.duckdb");
        Assert.Equal(0, (await cli.RunAsync(organization.Collect(store))).Code);
        var analyzed = await cli.RunAsync("analyze", "--store", store);
        Assert.True(analyzed.Code == 0, analyzed.Error);
        var runId = analyzed.Output.Split('\n').First(l => l.StartsWith("run id: ", StringComparison.Ordinal))["run id: ".Length..].Trim();
        var referenceOut = Path.Combine(folder, "reference");
        var reference = await cli.RunAsync("report", "--store", store, "--run", runId, "--out", referenceOut);
        Assert.True(reference.Code == 0, reference.Error);
        var referenceCsv = await File.ReadAllBytesAsync(Path.Combine(referenceOut, "recommendations.csv"));
        var referenceTotals = Totals(Path.Combine(referenceOut, "recommendations.json"));

        for (var i = 0; i < Iterations; i++)
        {
            // analyze: killed, the store opens with no run left 'running'; a rerun gives the same totals.
            await cli.RunAsync(["analyze", "--store", store], TimeSpan.FromMilliseconds(random.Next(200, 5000)), 9);
            Assert.Equal("0", StoreProbe.Scalar(store, "SELECT count(*)::VARCHAR FROM analysis_runs WHERE status NOT IN ('succeeded', 'failed')"));
            var rerun = await cli.RunAsync("analyze", "--store", store);
            Assert.True(rerun.Code == 0, rerun.Error);
            var rerunOut = Path.Combine(folder, $"rerun-{i}");
            Assert.Equal(0, (await cli.RunAsync("report", "--store", store, "--out", rerunOut, "--format", "json")).Code);
            Assert.Equal(referenceTotals, Totals(Path.Combine(rerunOut, "recommendations.json")));

            // report: killed at a random point (the PDF step included), then no browser is left, the folder holds a
            // whole set or none, and a rerun of the same run writes the same CSV.
            var output = Path.Combine(folder, $"report-{i}");
            await cli.RunAsync(["report", "--store", store, "--run", runId, "--out", output], TimeSpan.FromMilliseconds(random.Next(500, 8000)), 9);
            Assert.Empty(await cli.LeftBehindAsync(TimeSpan.FromSeconds(15)));
            AssertWholeSetOrNone(output);
            Assert.Equal(0, (await cli.RunAsync("report", "--store", store, "--run", runId, "--out", output)).Code);
            Assert.Equal(referenceCsv, await File.ReadAllBytesAsync(Path.Combine(output, "recommendations.csv")));
            AssertWholeSetOrNone(output);
            Assert.Empty(Directory.GetDirectories(output));

            // The killed run's browser profile is deleted by the next launch, the rerun's own on its exit.
            Assert.Empty(Directory.GetDirectories(cli.TempDirectory, "analyzer-chromium-*"));
        }
    }

    /// <summary>A manifest, when there is one, names files that are all there with its hashes.</summary>
    internal static void AssertWholeSetOrNone(string output)
    {
        var manifest = Path.Combine(output, "report-manifest.json");
        if (!File.Exists(manifest))
        {
            return;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(manifest));
        foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, file.GetProperty("name").GetString()!));
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }

    private static string Totals(string json)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(json));
        return document.RootElement.GetProperty("totals").GetRawText();
    }
}
