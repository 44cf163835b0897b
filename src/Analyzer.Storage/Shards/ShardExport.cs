namespace Analyzer.Storage.Shards;

/// <summary>
/// Writes a shard's collected tables (<see cref="ShardTables.Collected"/>) as Parquet files with DuckDB's own
/// writer (<c>COPY ... TO ... (FORMAT parquet)</c>), one <c>&lt;table&gt;.parquet</c> per table in a folder, empty
/// tables included (a Parquet file with the table's columns and no rows), so the merge finds every table in every
/// shard. The file path is bound through a variable; the table name comes from the closed list.
/// </summary>
public sealed class ShardExport(AnalyzerStore store)
{
    /// <summary>Writes every collected table into <paramref name="folder"/> (created when missing); returns the files in table order.</summary>
    public IReadOnlyList<ShardTableFile> Write(string folder, int shard)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var root = System.IO.Path.GetFullPath(folder);
        Directory.CreateDirectory(root);
        using var connection = store.Connect();

        // One snapshot for every table: a transaction, so the files agree with each other and with the counts.
        using var transaction = connection.BeginTransaction();
        var files = new List<ShardTableFile>();
        foreach (var table in ShardTables.Collected)
        {
            var path = System.IO.Path.Combine(root, table + ".parquet");
            connection.Execute(QueryCatalog.Get("shards/set_export_path"), new Dictionary<string, object?> { ["path"] = path });
            connection.Execute(Sql("shards/export_table", table));
            var rows = connection.ExecuteScalar<long>(Sql("shards/count_table", table));
            files.Add(new ShardTableFile(table, shard, path, rows));
        }

        transaction.Commit();
        return files;
    }

    /// <summary>The account ids the store holds (accounts and workloads), in order.</summary>
    public IReadOnlyList<string> AccountIds()
    {
        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(QueryCatalog.Get("shards/account_ids"));
        var ids = new List<string>();
        var column = reader.GetOrdinal("account_id");
        while (reader.Read())
        {
            ids.Add(reader.GetString(column));
        }

        return ids;
    }

    internal static string Sql(string name, string table) =>
        QueryCatalog.Get(name).Replace("{table}", ShardTables.Checked(table), StringComparison.Ordinal);
}
