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
    [InlineData("DELETE FROM accounts", "DELETE")]
    [InlineData("UPDATE accounts SET name = 'x'", "UPDATE")]
    [InlineData("DROP TABLE accounts", "DROP")]
    [InlineData("COPY accounts TO 'out.csv'", "COPY")]
    public async Task Sql_StatementThatWrites_IsRefusedAndChangesNothing(string sql, string kind)
    {
        var (code, _, error) = await RunAsync(sql);

        Assert.Equal(2, code);
        Assert.Contains($"this is {kind}", error, StringComparison.Ordinal);
        var (_, output, _) = await RunAsync("SELECT count(*) AS n FROM accounts WHERE name IN ('prod', 'dev')", "--format", "csv");
        Assert.Equal("n\n2", output.Trim().ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(directory, "out.csv")));
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
