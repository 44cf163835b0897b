using Analyzer.Storage;

namespace Analyzer.Cli.Tests.Commands;

public sealed class SqlCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sql-cli-").FullName;
    private readonly string storePath;

    public SqlCommandTests()
    {
        storePath = Path.Combine(directory, "store.duckdb");
        using var store = AnalyzerStore.Open(storePath, TimeProvider.System);
        using var connection = store.Connect();
        connection.Execute("INSERT INTO accounts VALUES ('111111111111', 'prod'), ('222222222222', 'dev')");
    }

    [Fact]
    public async Task Sql_Select_PrintsTheRowsAsCsv()
    {
        var (code, output, error) = await RunAsync("SELECT account_id, name FROM accounts ORDER BY account_id", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Equal(["account_id,name", "111111111111,prod", "222222222222,dev"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("DELETE FROM accounts")]
    [InlineData("UPDATE accounts SET name = 'x'")]
    [InlineData("DROP TABLE accounts")]
    [InlineData("COPY accounts TO 'out.csv'")]
    [InlineData("EXPLAIN ANALYZE DELETE FROM accounts")]
    [InlineData("EXPLAIN ANALYZE COPY (SELECT * FROM accounts) TO 'out.csv'")]
    [InlineData("EXPLAIN ANALYZE INSERT INTO schema_migrations VALUES (9999, 'bricked', now())")]
    public async Task Sql_StatementThatWrites_IsRefusedAndChangesNothing(string sql)
    {
        var (code, _, error) = await RunAsync(sql);

        Assert.Equal(2, code);
        Assert.Contains("runs read-only queries only", error, StringComparison.Ordinal);
        var (_, output, _) = await RunAsync("SELECT count(*) AS n FROM accounts WHERE name IN ('prod', 'dev')", "--format", "csv");
        Assert.Equal("n\n2", output.Trim().ReplaceLineEndings("\n"));
        var (_, migrations, _) = await RunAsync("SELECT count(*) AS n FROM schema_migrations WHERE version = 9999", "--format", "csv");
        Assert.Equal("n\n0", migrations.Trim().ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(directory, "out.csv")));
        Assert.Empty(Directory.GetFiles(directory, "out.csv", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Sql_AfterARefusedWrite_OtherCommandsStillOpenTheStore()
    {
        await RunAsync("EXPLAIN ANALYZE INSERT INTO schema_migrations VALUES (9999, 'bricked', now())");

        using var store = AnalyzerStore.Open(storePath, TimeProvider.System);
        using var connection = store.Connect();

        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM accounts"));
    }

    [Fact]
    public async Task Sql_NamedQuery_RunsTheCatalogsText()
    {
        var (code, output, error) = await CliRunner.RunInAsync(directory, TimeProvider.System, "sql", "--query", "workloads_by_kind", "--format", "csv", "--store", storePath);

        Assert.True(code == 0, error);
        Assert.Equal("account_id,region,kind,workloads", output.Trim());
    }

    [Fact]
    public async Task Sql_NoStore_ExitsStoreErrorNamingThePath()
    {
        var missing = Path.Combine(directory, "missing.duckdb");

        var (code, _, error) = await CliRunner.RunInAsync(directory, TimeProvider.System, "sql", "SELECT 1", "--store", missing);

        Assert.Equal(3, code);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
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
