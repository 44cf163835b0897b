namespace Analyzer.Storage.Shards;

/// <summary>One table of one shard as a Parquet file: which table, which shard, where the file is, and its row count.</summary>
/// <param name="Path">Full local path of the .parquet file.</param>
public sealed record ShardTableFile(string Table, int Shard, string Path, long Rows);
