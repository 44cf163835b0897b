using System.Globalization;
using System.Text.Json;
using Analyzer.Storage.DuckDb;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Cli.Tests.Commands.Shards;

/// <summary>
/// `run --shard i/3` x 3 then `run --merge` on local folders gives what one `run` over the same organisation gives:
/// the same workloads, recommendations, commitment advice and totals.
/// </summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed class ShardedRunTests(ShardedOrganization organization) : IClassFixture<ShardedOrganization>
{
    [Fact]
    public async Task ShardsAndMerge_Always_ExitZero()
    {
        var runs = await organization.RunsAsync();

        Assert.True(runs.Whole.Code == 0, runs.Whole.Error);
        Assert.All(runs.Shards, s => Assert.True(s.Code == 0, s.Error));
        Assert.True(runs.Merge.Code == 0, runs.Merge.Error);
    }

    [Fact]
    public async Task Merge_Always_HoldsTheWorkloadsOfTheSingleRun()
    {
        var runs = await organization.RunsAsync();
        const string Sql = "SELECT workload_id || ' ' || account_id || ' ' || kind || ' ' || coalesce(instance_type, '-') FROM workloads ORDER BY workload_id";

        var merged = Rows(runs.MergedStore, Sql);

        // Per account a (0..5): 1 + a % 3 instances on their own plus one Auto Scaling group: 2 + 3 + 4 + 2 + 3 + 4 = 18.
        Assert.Equal(18, merged.Count);
        Assert.Equal(Rows(runs.SingleStore, Sql), merged);
    }

    [Fact]
    public async Task Merge_Always_RecommendsWhatTheSingleRunRecommends()
    {
        var runs = await organization.RunsAsync();
        const string Sql = """
            SELECT workload_id || ' ' || option || ' ' || family || ' ' || coalesce(monthly_savings::VARCHAR, '-') || ' ' || coalesce(current_monthly_cost::VARCHAR, '-')
            FROM recommendations WHERE run_id = (SELECT max(run_id) FROM analysis_runs) ORDER BY workload_id
            """;

        var merged = Rows(runs.MergedStore, Sql);

        Assert.Equal(18, merged.Count);
        Assert.Equal(Rows(runs.SingleStore, Sql), merged);
    }

    [Fact]
    public async Task Merge_Always_ReportsTheTotalsAndCommitmentOfTheSingleRun()
    {
        var runs = await organization.RunsAsync();
        const string Totals = "SELECT monthly_spend_analyzed::VARCHAR || ' ' || monthly_savings::VARCHAR FROM job_runs WHERE job IN ('run', 'merge')";
        const string Commitments = """
            SELECT plan || ' ' || term_years || ' ' || payment || ' ' || hourly_commitment || ' ' || monthly_net_savings || ' ' || best
            FROM commitment_candidates WHERE run_id = (SELECT max(run_id) FROM analysis_runs) ORDER BY ALL
            """;

        Assert.Equal(Rows(runs.SingleStore, Totals), Rows(runs.MergedStore, Totals));
        Assert.NotEqual(["0.000000 0.000000"], Rows(runs.MergedStore, Totals));
        Assert.Equal(Rows(runs.SingleStore, Commitments), Rows(runs.MergedStore, Commitments));
    }

    [Fact]
    public async Task Shards_Always_SplitTheAccountsByTheirIdModuloThree()
    {
        await organization.RunsAsync();

        var accounts = Enumerable.Range(0, 3).Select(i => Manifest(i).GetProperty("accounts").EnumerateArray().Select(a => a.GetString()).ToList()).ToList();

        // Digit sums modulo 3 (FakeAwsOrganization.Accounts): 0 -> 111111111111, 222222222222; 1 -> 111111111112,
        // 333333333334; 2 -> 111111111113, 222222222224.
        Assert.Equal(
            [["111111111111", "222222222222"], ["111111111112", "333333333334"], ["111111111113", "222222222224"]],
            accounts);
    }

    [Fact]
    public async Task Shards_Always_WriteEveryTableAsParquetWithTheRowsTheirManifestCounts()
    {
        await organization.RunsAsync();
        var folder = Path.Combine(organization.ShardsFolder, organization.PeriodText, "shard=1");
        var tables = Manifest(1).GetProperty("tables");

        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
        using var connection = database.Connect();
        foreach (var table in new[] { "workloads", "utilization_hourly", "cost_daily", "accounts" })
        {
            var rows = connection.ExecuteScalar<long>("SELECT count(*) FROM read_parquet($1)", Path.Combine(folder, table + ".parquet"));
            Assert.Equal(tables.GetProperty(table).GetInt64(), rows);
        }

        // Shard 1's accounts are a = 1 and a = 5: (2 + 1) + (3 + 1) workloads.
        Assert.Equal(7, tables.GetProperty("workloads").GetInt64());
    }

    [Fact]
    public async Task Merge_Always_WritesTheHistoryPartitionedByPeriodAndAccount()
    {
        var runs = await organization.RunsAsync();
        var file = Path.Combine(organization.ShardsFolder, "tables", "recommendations", "period=" + organization.PeriodText, "account_id=111111111113", "data_0.parquet");

        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
        using var connection = database.Connect();
        var rows = connection.ExecuteScalar<long>("SELECT count(*) FROM read_parquet($1)", file);

        // Account 111111111113 is a = 2: 3 instances on their own and one group.
        Assert.Equal(4L, rows);
        Assert.Equal(
            Rows(runs.MergedStore, "SELECT count(*)::VARCHAR FROM recommendations r JOIN workloads w USING (workload_id) WHERE w.account_id = '111111111113' AND r.run_id = (SELECT max(run_id) FROM analysis_runs)"),
            [rows.ToString(CultureInfo.InvariantCulture)]);
    }

    [Fact]
    public async Task Shard_FromTheArrayJobsEnvironment_CollectsTheSliceOfItsIndex()
    {
        await organization.RunsAsync();
        var folder = Path.Combine(organization.Root, "from-environment");
        var variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["AWS_BATCH_JOB_ARRAY_INDEX"] = "1", ["AWS_BATCH_JOB_ARRAY_SIZE"] = "3" };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, TimeProvider.System, Directory.GetCurrentDirectory(), () => new HttpClient()) { Variable = variables.GetValueOrDefault };

        using var environment = AwsEnvironment.WithKey(FakeAwsCredential.Default);
        var code = await AnalyzerApp.RunAsync(
            organization.Run(Path.Combine(organization.Root, "env-shard.duckdb"), Path.Combine(organization.Root, "env-out"), "--shards-uri", folder, "--period", organization.PeriodText),
            context,
            CancellationToken.None);

        Assert.True(code == 0, error.ToString());
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, organization.PeriodText, "shard=1", "manifest.json")));
        Assert.Equal((1, 3), (manifest.RootElement.GetProperty("shard").GetInt32(), manifest.RootElement.GetProperty("shards").GetInt32()));
        Assert.Equal(["111111111112", "333333333334"], manifest.RootElement.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Shard_WithAStoreHoldingAnotherShardsAccount_ExitsTwoAndWritesNothing()
    {
        var runs = await organization.RunsAsync();
        var folder = Path.Combine(organization.Root, "foreign-store");
        var store = Path.Combine(organization.Root, "foreign.duckdb");
        File.Copy(runs.SingleStore, store);
        if (File.Exists(runs.SingleStore + ".wal"))
        {
            File.Copy(runs.SingleStore + ".wal", store + ".wal");
        }

        // A copy of the single run's store holds all six accounts: shard 0 of 3 must not carry shard 1's and 2's into its files.
        using var environment = AwsEnvironment.WithKey(FakeAwsCredential.Default);
        var (code, _, error) = await CliRunner.RunAsync(organization.Run(store, Path.Combine(organization.Root, "foreign-out"),
            "--shard", "0/3", "--shards-uri", folder, "--period", organization.PeriodText));

        Assert.Equal(2, code);
        Assert.Contains("holds account 111111111112, which is not in shard 0/3", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Merge_WhenAShardIsMissing_ExitsTwelveNamingItAndChangesNothing()
    {
        await organization.RunsAsync();
        var copy = Path.Combine(organization.Root, "missing-one");
        CopyFolder(Path.Combine(organization.ShardsFolder, organization.PeriodText), Path.Combine(copy, organization.PeriodText));
        Directory.Delete(Path.Combine(copy, organization.PeriodText, "shard=1"), recursive: true);
        var store = Path.Combine(organization.Root, "missing.duckdb");

        using var environment = AwsEnvironment.WithKey(FakeAwsCredential.Default);
        var (code, _, error) = await CliRunner.RunAsync(organization.Run(store, Path.Combine(organization.Root, "missing-out"), "--merge", "--shards-uri", copy, "--period", organization.PeriodText));

        Assert.Equal(12, code);
        Assert.Contains($"Shard 1 of 3 is missing: no manifest.json in {Path.Combine(copy, organization.PeriodText, "shard=1")}", error, StringComparison.Ordinal);
        Assert.Equal(["0"], Rows(store, "SELECT count(*)::VARCHAR FROM workloads"));
        Assert.False(Directory.Exists(Path.Combine(organization.Root, "missing-out")));
    }

    [Fact]
    public async Task Merge_WhenAShardHasNoManifest_NamesItAsMissing()
    {
        await organization.RunsAsync();
        var copy = Path.Combine(organization.Root, "no-manifest");
        CopyFolder(Path.Combine(organization.ShardsFolder, organization.PeriodText), Path.Combine(copy, organization.PeriodText));
        File.Delete(Path.Combine(copy, organization.PeriodText, "shard=2", "manifest.json"));

        using var environment = AwsEnvironment.WithKey(FakeAwsCredential.Default);
        var (code, _, error) = await CliRunner.RunAsync(organization.Run(Path.Combine(organization.Root, "no-manifest.duckdb"), Path.Combine(organization.Root, "no-manifest-out"), "--merge", "--shards-uri", copy, "--period", organization.PeriodText));

        Assert.Equal(12, code);
        Assert.Contains("Shard 2 of 3 is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_WhenNoShardExists_ExitsTwelveSayingWhereItLooked()
    {
        var empty = Path.Combine(organization.Root, "nothing-here");

        var (code, _, error) = await CliRunner.RunAsync(organization.Run(Path.Combine(organization.Root, "nothing.duckdb"), Path.Combine(organization.Root, "nothing-out"), "--merge", "--shards-uri", empty, "--period", "2026-01-31"));

        Assert.Equal(12, code);
        Assert.Contains($"No shard found under {Path.Combine(empty, "2026-01-31")}", error, StringComparison.Ordinal);
    }

    private JsonElement Manifest(int shard)
    {
        var path = Path.Combine(organization.ShardsFolder, organization.PeriodText, string.Create(CultureInfo.InvariantCulture, $"shard={shard}"), "manifest.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static List<string> Rows(string store, string sql)
    {
        using var database = DuckDbDatabase.Open(store);
        using var connection = database.Connect();
        using var reader = connection.ExecuteReader(sql);
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetValue(0)?.ToString() ?? "NULL");
        }

        return rows;
    }
}
