using System.Text.RegularExpressions;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Shards;
using Analyzer.Testing;

namespace Analyzer.Cli.Tests.Docker;

/// <summary>
/// docker/athena/*.sql, the Athena tables over the history a merge writes: one per history table, each with the
/// store table's columns and types (the account as a partition where the files are split by account), so Athena
/// reads every column the Parquet files hold.
/// </summary>
public sealed partial class AthenaTablesTests
{
    [Fact]
    public void Folder_Always_HoldsOneStatementPerHistoryTable()
    {
        var files = Directory.GetFiles(RepoRoot.Combine("docker", "athena"), "*.sql").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

        Assert.Equal(HistoryTables.All.Select(t => t.Table).Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [InlineData("workloads")]
    [InlineData("recommendations")]
    [InlineData("workload_options")]
    [InlineData("workload_profiles")]
    [InlineData("commitment_candidates")]
    public void Statement_Columns_AreTheStoreTablesColumnsWithAthenasTypes(string table)
    {
        var sql = File.ReadAllText(RepoRoot.Combine("docker", "athena", table + ".sql"));
        var byAccount = HistoryTables.All.Single(t => t.Table == table).ByAccount;
        var store = StoreColumns(table);

        var declared = Column().Matches(sql).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToList();
        var partitions = Partition().Match(sql).Groups[1].Value;

        // The files hold the table's columns; where they are split by account, account_id is the folder, not a column.
        var expected = store.Where(c => !(byAccount && c.Name == "account_id")).Select(c => $"{c.Name} {Athena(c.Type)}").ToList();
        Assert.Equal(expected, declared);
        Assert.Equal(byAccount ? "`period` string, `account_id` string" : "`period` string", partitions);
        Assert.Contains($"LOCATION 's3://BUCKET/PREFIX/shards/tables/{table}/'", sql, StringComparison.Ordinal);
    }

    /// <summary>DuckDB's type names as Athena (Hive DDL) spells them.</summary>
    private static string Athena(string duckDb) => duckDb switch
    {
        "VARCHAR" => "string",
        "DOUBLE" => "double",
        "INTEGER" => "int",
        "BIGINT" => "bigint",
        "BOOLEAN" => "boolean",
        "DATE" => "date",
        "TIMESTAMP" => "timestamp",
        "MAP(VARCHAR, VARCHAR)" => "map<string,string>",
        _ when duckDb.StartsWith("DECIMAL(", StringComparison.Ordinal) => duckDb.ToLowerInvariant(),
        _ => throw new InvalidOperationException($"No Athena type for DuckDB's {duckDb}: add it here and in docker/athena."),
    };

    private static List<(string Name, string Type)> StoreColumns(string table)
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
        using var connection = database.Connect();
        new SchemaMigrator(TimeProvider.System).Migrate(connection);
        using var reader = connection.ExecuteReader("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position", table);
        var columns = new List<(string, string)>();
        while (reader.Read())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    [GeneratedRegex(@"^    `([a-z0-9_]+)` ([a-z0-9<>(),]+?),?$", RegexOptions.Multiline)]
    private static partial Regex Column();

    [GeneratedRegex(@"PARTITIONED BY \((.*)\)")]
    private static partial Regex Partition();
}
