using System.Text.Json;
using Analyzer.Storage;

namespace Analyzer.Cli.Tests.Commands;

/// <summary>`sql --param` binds values (never splices them), named queries declare theirs, MAP and LIST print readably, and --format json.</summary>
public sealed class SqlCommandParameterTests : IDisposable
{
    private const string Hostile = "x'; DROP TABLE workloads; -- \"é\" /*";

    private readonly string directory = Directory.CreateTempSubdirectory("sql-param-").FullName;
    private readonly string storePath;

    public SqlCommandParameterTests()
    {
        storePath = Path.Combine(directory, "store.duckdb");
        using var store = AnalyzerStore.Open(storePath, TimeProvider.System);
        using var connection = store.Connect();
        connection.Execute("""
            INSERT INTO workloads VALUES
              ('i-1', '111111111111', 'us-east-1', 'ec2_instance', 'web-1', 'm5.large', 2, 8, 'x86_64', 'on-demand', NULL, 1, NULL, NULL,
               MAP {'team': 'payments', 'env': 'dev'}, 'test', TIMESTAMP '2026-01-01', 'Linux/UNIX', 'default')
            """);
    }

    [Fact]
    public async Task Sql_HostileParameterValue_IsBoundAsOneValueAndChangesNothing()
    {
        var (code, output, error) = await RunAsync("SELECT $v AS v, length($v) AS n", "--param", "v=" + Hostile, "--format", "json");

        Assert.True(code == 0, error);
        var row = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal((Hostile, Hostile.Length), (row.GetProperty("v").GetString(), row.GetProperty("n").GetInt32()));
        var (_, count, _) = await RunAsync("SELECT count(*) AS n FROM workloads", "--format", "csv");
        Assert.Equal("n\n1", count.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Sql_MapAndList_PrintAsKeysAndValues()
    {
        var (code, output, error) = await RunAsync("SELECT tags, ['a', 'b'] AS letters FROM workloads", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Equal("tags,letters\n\"{team=payments, env=dev}\",\"[a, b]\"", output.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Sql_FormatJson_WritesMapsAsObjectsAndNumbersAsNumbers()
    {
        var (code, output, error) = await RunAsync("SELECT workload_id, vcpu, desired_count, tags FROM workloads", "--format", "json");

        Assert.True(code == 0, error);
        var row = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal(("i-1", 2.0, 1, "payments"), (row.GetProperty("workload_id").GetString(), row.GetProperty("vcpu").GetDouble(),
            row.GetProperty("desired_count").GetInt32(), row.GetProperty("tags").GetProperty("team").GetString()));
    }

    [Fact]
    public async Task Sql_NamedQueryWithAnUnknownParameter_NamesTheOnesItTakes()
    {
        var (code, _, error) = await RunAsync("--query", "top_idle_workloads", "--param", "limt=5");

        Assert.Equal(2, code);
        Assert.Contains("'limt' is not a parameter of top_idle_workloads; it takes run_id, limit", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sql_List_ShowsEachQueryWithItsParametersAndPurpose()
    {
        var (code, output, _) = await RunAsync("--list");

        Assert.Equal(0, code);
        Assert.Contains("options_not_recommended ($workload_id, $run_id): every option a run priced for one workload", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("top_idle_workloads")]
    [InlineData("spend_by_team")]
    [InlineData("spot_candidates")]
    [InlineData("savings_plan_coverage_by_day")]
    [InlineData("workloads_without_memory_metrics")]
    [InlineData("options_not_recommended")]
    [InlineData("month_over_month")]
    [InlineData("daily_cost_by_service")]
    [InlineData("workloads_by_kind")]
    public async Task Sql_EveryNamedQuery_RunsWithItsDefaultsOnAnEmptyRun(string name)
    {
        var (code, _, error) = await RunAsync("--query", name, "--format", "csv");

        Assert.True(code == 0, error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A store a failed test left open still holds the file; the OS temp cleaner gets it later.
        }
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        CliRunner.RunInAsync(directory, TimeProvider.System, ["sql", .. args, "--store", storePath]);
}
