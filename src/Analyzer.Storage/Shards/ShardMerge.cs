using System.Globalization;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Shards;

/// <summary>
/// Builds the organisation-wide store from the shards' Parquet files: in one transaction, every collected table
/// (<see cref="ShardTables.Collected"/>) is emptied and filled from every shard's file of it with DuckDB's own
/// reader, by the table's <see cref="ShardTables.MergeRule"/>. A union table must end with exactly the rows the
/// shards' manifests count, else nothing is kept. sample_spans, which a shard does not write, is read again from the
/// merged samples. Analysis runs, prices and the run history already in the store are left as they are.
/// </summary>
public sealed class ShardMerge(AnalyzerStore store)
{
    /// <summary>Replaces the collected tables with <paramref name="files"/> (every table of every shard); returns the rows now in each table.</summary>
    /// <exception cref="ArgumentException">A table lacks a shard's file, or a file names a table that is not sharded.</exception>
    /// <exception cref="StorageException">A file does not read, or a union table's rows differ from the shards' counts.</exception>
    public IReadOnlyDictionary<string, long> Replace(IReadOnlyList<ShardTableFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        CheckComplete(files);
        var merged = new Dictionary<string, long>(StringComparer.Ordinal);
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        connection.Execute(QueryCatalog.Get("shards/merge/create_files"));
        using (var appender = connection.CreateAppender("shard_files"))
        {
            foreach (var file in files)
            {
                appender.Append(ShardTables.Checked(file.Table)).Append(file.Shard).Append(file.Path).EndRow();
            }
        }

        foreach (var table in ShardTables.Collected)
        {
            connection.Execute(QueryCatalog.Get("shards/merge/set_paths"), new Dictionary<string, object?> { ["table"] = table });
            connection.Execute(ShardExport.Sql("shards/merge/clear", table));
            var rule = ShardTables.MergeRule(table);
            connection.Execute(ShardExport.Sql(rule, table));
            var rows = connection.ExecuteScalar<long>(ShardExport.Sql("shards/count_table", table));
            var expected = files.Where(f => f.Table == table).Sum(f => f.Rows);
            if (rule == "shards/merge/union" && rows != expected)
            {
                throw new StorageException(string.Create(CultureInfo.InvariantCulture,
                    $"Merging {table}: the shards' files hold {rows} row(s) where their manifests count {expected}; a file was changed after its shard wrote it."));
            }

            merged[table] = rows;
        }

        connection.Execute(QueryCatalog.Get("shards/merge/sample_spans"));
        transaction.Commit();
        return merged;
    }

    private static void CheckComplete(IReadOnlyList<ShardTableFile> files)
    {
        var shards = files.Select(f => f.Shard).Distinct().Order().ToList();
        foreach (var table in ShardTables.Collected)
        {
            var missing = shards.Where(s => !files.Any(f => f.Table == table && f.Shard == s)).ToList();
            if (missing.Count > 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Shard(s) {string.Join(", ", missing)} have no {table}.parquet."), nameof(files));
            }
        }

        if (shards.Count == 0)
        {
            throw new ArgumentException("No shard to merge.", nameof(files));
        }
    }
}
