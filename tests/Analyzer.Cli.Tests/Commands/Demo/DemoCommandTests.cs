using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Analyzer.Storage;
using Analyzer.Testing.Reporting;

namespace Analyzer.Cli.Tests.Commands.Demo;

public sealed partial class DemoCommandTests(DemoRun demo) : IClassFixture<DemoRun>
{
    [Fact]
    public void Demo_BothRuns_Succeed()
    {
        Assert.True(demo.FirstCode == ExitCodes.Success, demo.Error);
        Assert.Equal(ExitCodes.Success, demo.SecondCode);
    }

    [Fact]
    public void Demo_Store_HoldsAllFiveKindsAndAtLeast400Workloads()
    {
        using var connection = Connect(out var store);
        using (store)
        {
            Assert.Equal(5L, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT kind) FROM workloads"));
            Assert.True(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM workloads") >= 400);
        }
    }

    [Fact]
    public void Demo_Samples_Span90Days()
    {
        using var connection = Connect(out var store);
        using (store)
        {
            var days = connection.ExecuteScalar<long>("SELECT date_diff('day', MIN(hour), MAX(hour) + INTERVAL 1 HOUR) FROM utilization_hourly");
            Assert.Equal(90L, days);
        }
    }

    [Fact]
    public void Demo_EveryWorkload_HasARecommendationWithAReason()
    {
        using var connection = Connect(out var store);
        using (store)
        {
            var missing = connection.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM workloads w LEFT JOIN recommendations r ON r.workload_id = w.workload_id AND r.run_id = $1 WHERE r.workload_id IS NULL OR trim(r.reason) = ''",
                demo.LatestRunId);
            Assert.Equal(0L, missing);
        }
    }

    [Fact]
    public void Demo_CostExplorerInsights_FillTheirTablesForEveryAccount()
    {
        using var connection = Connect(out var store);
        using (store)
        {
            Assert.Equal((3L, 90L, 90L, 6L, 3L), (
                connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT account_id) FROM savings_plans_held"),
                connection.ExecuteScalar<long>("SELECT COUNT(*) FROM savings_plans_utilization_daily"),
                connection.ExecuteScalar<long>("SELECT COUNT(*) FROM savings_plans_coverage_daily"),
                connection.ExecuteScalar<long>("SELECT COUNT(*) FROM ce_savings_plan_recommendations"),
                connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT account_id) FROM ce_rightsizing_recommendations")));
        }
    }

    [Theory]
    [InlineData("report.html")]
    [InlineData("report.pdf")]
    [InlineData("recommendations.csv")]
    [InlineData("recommendations.json")]
    [InlineData("recommendations.xlsx")]
    public void Demo_Output_IsWritten(string file) =>
        Assert.True(new FileInfo(Path.Combine(demo.Directory, file)).Length > 0);

    [Fact]
    public void Demo_JsonTotals_EqualTheStoresSumsToTheCent()
    {
        var (current, recommended) = StoreTotals();
        var totals = Json().RootElement.GetProperty("totals");

        Assert.Equal(current, totals.GetProperty("monthly_spend_usd").GetDecimal());
        Assert.Equal(current - recommended, totals.GetProperty("workload_savings_usd").GetDecimal());
    }

    [Fact]
    public void Demo_CsvRecommendedSavings_EqualTheStoresSumToTheCent()
    {
        var (current, recommended) = StoreTotals();
        var lines = File.ReadAllLines(Path.Combine(demo.Directory, "recommendations.csv"));
        var header = lines[0].Split(',').ToList();
        var rows = lines.Skip(1).Select(SplitCsv).ToList();

        var savings = rows.Where(r => r[header.IndexOf("recommended")] == "true")
            .Sum(r => decimal.Parse(r[header.IndexOf("monthly_savings_usd")], CultureInfo.InvariantCulture));
        var spend = rows.DistinctBy(r => r[header.IndexOf("workload_id")])
            .Sum(r => decimal.Parse(r[header.IndexOf("current_monthly_cost_usd")], CultureInfo.InvariantCulture));
        Assert.Equal(current - recommended, savings);
        Assert.Equal(current, spend);
    }

    [Fact]
    public void Demo_HtmlAndPdf_ShowTheJsonTotal()
    {
        var total = Json().RootElement.GetProperty("totals").GetProperty("total_savings_usd").GetDecimal();
        var text = total.ToString("#,0.00", CultureInfo.InvariantCulture);

        Assert.Contains(text, demo.Html, StringComparison.Ordinal);
        Assert.Contains(text, demo.PdfText, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_HostileWorkloadName_IsEscapedInTheHtml()
    {
        // The workspace's rows are JSON (where '<' and '>' are written as \u003C and \u003E), embedded gzip-compressed
        // as base64; every other place the name shows is markup that escapes it.
        Assert.Contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E", EmbeddedWorkspace.Json(demo.Html), StringComparison.Ordinal);
        Assert.DoesNotContain(SampleReportModel.HostileName, demo.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_Store_HoldsComputeOptimizerRowsForEveryInstanceGroupFunctionAndFargateService()
    {
        Assert.Equal(
            (200L, 60L, 100L, 47L),
            (demo.FirstCounts["compute_optimizer_ec2"], demo.FirstCounts["compute_optimizer_asg"], demo.FirstCounts["compute_optimizer_lambda"], demo.FirstCounts["compute_optimizer_ecs"]));
    }

    [Fact]
    public void Demo_ComputeOptimizerRows_JoinTheirWorkloadsByEquality()
    {
        using var connection = Connect(out var store);
        using (store)
        {
            var orphans = connection.ExecuteScalar<long>("""
                SELECT count(*) FROM (
                    SELECT instance_id AS workload_id FROM compute_optimizer_ec2
                    UNION ALL SELECT workload_id FROM compute_optimizer_asg
                    UNION ALL SELECT workload_id FROM compute_optimizer_lambda
                    UNION ALL SELECT workload_id FROM compute_optimizer_ecs) c
                WHERE c.workload_id NOT IN (SELECT workload_id FROM workloads)
                """);
            Assert.Equal(0L, orphans);
        }
    }

    [Fact]
    public void Demo_PrintedSummary_EndsWithTheReportsTotal()
    {
        var total = Json().RootElement.GetProperty("totals").GetProperty("total_savings_usd").GetDecimal();

        var line = demo.Output.Split('\n').Single(l => l.StartsWith("total ", StringComparison.Ordinal));

        Assert.EndsWith(total.ToString("N2", CultureInfo.InvariantCulture), line.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_PrintedSummary_ShowsTheReportsCommitment()
    {
        var commitment = Json().RootElement.GetProperty("commitment");
        var hourly = commitment.GetProperty("hourly_commitment_usd").GetDecimal().ToString("N3", CultureInfo.InvariantCulture);
        var savings = commitment.GetProperty("monthly_net_savings_usd").GetDecimal().ToString("N2", CultureInfo.InvariantCulture);

        var line = demo.Output.Split('\n').Single(l => l.StartsWith("+ ", StringComparison.Ordinal));

        Assert.Matches($@"^\+ {commitment.GetProperty("plan").GetString()} \d+y \w+\s+{Regex.Escape(hourly)}\s+{Regex.Escape(savings)}\s", line);
    }

    [Fact]
    public void Readme_DemoNumbers_AreWhatTheDemoMeasures()
    {
        var totals = Json().RootElement.GetProperty("totals");
        var spend = totals.GetProperty("monthly_spend_usd").GetDecimal().ToString("#,0.00", CultureInfo.InvariantCulture);
        var savings = totals.GetProperty("total_savings_usd").GetDecimal().ToString("#,0.00", CultureInfo.InvariantCulture);

        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));

        Assert.Contains($"**${spend}/month analyzed, ${savings}/month savings**", readme, StringComparison.Ordinal);

        var billed = Json().RootElement.GetProperty("commitment_portfolio").GetProperty("spend_as_billed");
        string Usd(string name) => billed.GetProperty(name).GetDecimal().ToString("#,0.00", CultureInfo.InvariantCulture);
        string Pct(string name) => billed.GetProperty(name).GetDecimal().ToString("0.0", CultureInfo.InvariantCulture);
        Assert.Contains($"costs ${Usd("billed_today_usd")}/month today, an Effective Savings Rate of {Pct("effective_savings_rate_today_percent")}%", readme.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains($"${Usd("spend_after_usd")} against ${Usd("on_demand_after_usd")} on demand, {Pct("effective_savings_rate_after_percent")}%", readme.ReplaceLineEndings(" "), StringComparison.Ordinal);

        var best = Json().RootElement.GetProperty("commitment_portfolio").GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("recommended").GetBoolean());
        var hourly = best.GetProperty("hourly_commitment_usd").GetDecimal().ToString("#,0.000", CultureInfo.InvariantCulture);
        var upfront = best.GetProperty("upfront_usd").GetDecimal().ToString("#,0.00", CultureInfo.InvariantCulture);
        var saving = best.GetProperty("monthly_net_savings_usd").GetDecimal().ToString("#,0.00", CultureInfo.InvariantCulture);
        Assert.Contains($"**${hourly}/h, ${upfront} upfront, saving ${saving}/month**", readme, StringComparison.Ordinal);

        var layered = Json().RootElement.GetProperty("commitment_portfolio").GetProperty("layered");
        var layeredHourly = layered.GetProperty("hourly_commitment_usd").GetDecimal().ToString("#,0.000", CultureInfo.InvariantCulture);
        var layeredSaving = layered.GetProperty("monthly_net_savings_usd").GetDecimal().ToString("#,0.00", CultureInfo.InvariantCulture);
        Assert.Contains($"**${layeredHourly}/h saving ${layeredSaving}/month**", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_SecondRun_LeavesTheSameRowCounts()
    {
        Assert.Equal(demo.FirstCounts, demo.SecondCounts);
    }

    private (decimal Current, decimal Recommended) StoreTotals()
    {
        using var connection = Connect(out var store);
        using (store)
        {
            using var reader = connection.ExecuteReader(QueryCatalog.Get("analysis/report/totals"), new Dictionary<string, object?> { ["run_id"] = demo.LatestRunId });
            Assert.True(reader.Read());
            return (reader.GetDecimal(1), reader.GetDecimal(2));
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Analyzer.sln not found above the test binaries.");
    }

    [Fact]
    public void Demo_M5ReservedInstance_IsStrandedByTheMoveToGravitonWithItsFeeCounted()
    {
        var held = Json().RootElement.GetProperty("commitments_held").GetProperty("reserved_instances").EnumerateArray().ToList();
        var m5 = held.Single(r => r.GetProperty("reserved_instances_id").GetString() == "4b2a9c1e-demo-m5-regional");

        // 8 x m5.xlarge: $0.192 on demand each covers 8 x 0.192 x 730 = 1,121.28/month today and nothing after (the m5
        // workloads move to Graviton); its fee is 8 x 0.121 x 730 = 706.64/month, paid either way: 1,121.28 stranded.
        Assert.Equal((1121.28m, 0m, 706.64m, 1121.28m), (m5.GetProperty("monthly_covered_today_usd").GetDecimal(), m5.GetProperty("monthly_covered_usd").GetDecimal(),
            m5.GetProperty("monthly_fee_usd").GetDecimal(), m5.GetProperty("monthly_stranded_usd").GetDecimal()));
        Assert.StartsWith("stranded by the rightsizing", m5.GetProperty("advice").GetString(), StringComparison.Ordinal);
        var moved = m5.GetProperty("moved_workloads").GetInt32();
        var movedSavings = m5.GetProperty("moved_monthly_savings_usd").GetDecimal();
        Assert.True(movedSavings > 1121.28m, $"the m5 workloads moved off the RI save {movedSavings}");
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md")).ReplaceLineEndings(" ");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"the {moved} workloads moved off it save $1,121.28/month less than their on-demand prices say: ${movedSavings:#,0.00} less that, ${movedSavings - 1121.28m:#,0.00}/month"), readme, StringComparison.Ordinal);
        // The RIs' net today: m5 1,121.28 - 706.64, m6i 280.32 - 129.49 (2 x 0.059 + 1,562 over its 26,304-hour term, x 730),
        // m7g 119.14 - 61.25 (2,207 over 26,304 hours, x 730): 414.64 + 150.83 + 57.89 = 623.36. After: -706.64 + 150.83 + 57.89 = -497.92.
        var billed = Json().RootElement.GetProperty("commitment_portfolio").GetProperty("spend_as_billed");
        Assert.Equal((623.36m, -497.92m), (billed.GetProperty("reserved_instances_net_today_usd").GetDecimal(), billed.GetProperty("reserved_instances_net_after_usd").GetDecimal()));
    }

    private JsonDocument Json() => JsonDocument.Parse(File.ReadAllText(Path.Combine(demo.Directory, "recommendations.json")));

    private Storage.DuckDb.DuckDbConnection Connect(out AnalyzerStore store)
    {
        store = AnalyzerStore.Open(demo.StorePath, TimeProvider.System);
        return store.Connect();
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

}
